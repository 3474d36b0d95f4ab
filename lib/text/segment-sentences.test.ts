import { describe, expect, it } from "vitest";
import { segmentSentenceSpans, segmentSentences } from "./segment-sentences";

type Case = [input: string, expected: string[]];

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("segmentSentences — English", () => {
  it.each<Case>([
    ["Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]],
    ["J. R. R. Tolkien wrote The Hobbit. It sold well.", ["J. R. R. Tolkien wrote The Hobbit.", "It sold well."]],
    [
      "In a letter from Arvind K. Krishna, IBM's CEO announced it. Then it stopped.",
      ["In a letter from Arvind K. Krishna, IBM's CEO announced it.", "Then it stopped."],
    ],
    [
      "The ACLU ran the faces of sitting members of the U.S. Congress through the program. It failed.",
      ["The ACLU ran the faces of sitting members of the U.S. Congress through the program.", "It failed."],
    ],
    ["He lives in the U.S. The weather is nice.", ["He lives in the U.S.", "The weather is nice."]],
    [
      "Vendors (e.g. Amazon) and agencies, i.e. police, etc. are involved. Stop.",
      ["Vendors (e.g. Amazon) and agencies, i.e. police, etc. are involved.", "Stop."],
    ],
    ["Amazon, IBM, etc. Microsoft stayed silent.", ["Amazon, IBM, etc.", "Microsoft stayed silent."]],
    [
      "It was signed on Jan. 5, 2020 at 9 a.m. The next day, No. 10 objected.",
      ["It was signed on Jan. 5, 2020 at 9 a.m.", "The next day, No. 10 objected."],
    ],
    [
      "Ring partners with more than 1,300 police departments. That's 2.5 times more than in 2019. 28 members were hit.",
      [
        "Ring partners with more than 1,300 police departments.",
        "That's 2.5 times more than in 2019.",
        "28 members were hit.",
      ],
    ],
    [
      "Email press@eff.org. Or visit https://www.eff.org/deeplinks/2020/06/ibm-amazon?page=2. Thanks!",
      ["Email press@eff.org.", "Or visit https://www.eff.org/deeplinks/2020/06/ibm-amazon?page=2.", "Thanks!"],
    ],
    [
      '"We hope this moratorium might give Congress enough time." The company said so.',
      ['"We hope this moratorium might give Congress enough time."', "The company said so."],
    ],
    ["He asked: “Where is Microsoft?” Nobody answered.", ["He asked: “Where is Microsoft?”", "Nobody answered."]],
    ['"Stop!" he shouted. Then he left.', ['"Stop!" he shouted.', "Then he left."]],
    [
      "Really?! Yes. Wait... What? I thought… Never mind.",
      ["Really?!", "Yes.", "Wait...", "What?", "I thought…", "Never mind."],
    ],
    ["She wrote ‘no comment.’ Then she left.", ["She wrote ‘no comment.’", "Then she left."]],
    ["He said: «Stop.» Then… nothing.", ["He said: «Stop.»", "Then… nothing."]],
    ["(This was announced later.) The company agreed.", ["(This was announced later.)", "The company agreed."]],
    [
      "Sen. Markey wrote to Amazon Inc. The letter was public. Smith v. Jones is cited.",
      ["Sen. Markey wrote to Amazon Inc.", "The letter was public.", "Smith v. Jones is cited."],
    ],
    ["It is a wake-up call for lawmakers. . . Really.", ["It is a wake-up call for lawmakers. . .", "Really."]],
  ])("%s", (input, expected) => {
    expect(segmentSentences(input, "en")).toEqual(expected);
  });
});

describe("segmentSentences — French", () => {
  it.each<Case>([
    [
      "IBM et Amazon acceptent de prendre du recul par rapport à la reconnaissance faciale. Où est Microsoft?",
      ["IBM et Amazon acceptent de prendre du recul par rapport à la reconnaissance faciale.", "Où est Microsoft?"],
    ],
    [
      "«Nous avons préconisé,» a indiqué la société, «que les gouvernements agissent. Nous sommes prêts à aider si nécessaire. »",
      [
        "«Nous avons préconisé,» a indiqué la société, «que les gouvernements agissent.",
        "Nous sommes prêts à aider si nécessaire. »",
      ],
    ],
    [
      "M. Dupont et Mme Martin sont arrivés. Le Dr Lefèvre aussi.",
      ["M. Dupont et Mme Martin sont arrivés.", "Le Dr Lefèvre aussi."],
    ],
    [`Vraiment${NNBSP}? Oui${NBSP}! Allons-y.`, [`Vraiment${NNBSP}?`, `Oui${NBSP}!`, "Allons-y."]],
    [
      `Il a dit${NBSP}: «${NBSP}Stop.${NBSP}» Puis il est parti.`,
      [`Il a dit${NBSP}: «${NBSP}Stop.${NBSP}»`, "Puis il est parti."],
    ],
    [`«${NBSP}Non${NBSP}!${NBSP}» dit-il. Puis il partit.`, [`«${NBSP}Non${NBSP}!${NBSP}» dit-il.`, "Puis il partit."]],
    [
      "Des fournisseurs, p. ex. Amazon, IBM, etc. Ensuite, cf. le rapport de la CNIL.",
      ["Des fournisseurs, p. ex. Amazon, IBM, etc.", "Ensuite, cf. le rapport de la CNIL."],
    ],
    [
      "Elle est née en 52 av. J.-C. Elle est morte en 10 apr. J.-C. Il reste peu de traces.",
      ["Elle est née en 52 av. J.-C.", "Elle est morte en 10 apr. J.-C.", "Il reste peu de traces."],
    ],
    [
      "Ring est partenaire de plus de 1 300 services de police . Ces partenariats permettent la surveillance.",
      ["Ring est partenaire de plus de 1 300 services de police .", "Ces partenariats permettent la surveillance."],
    ],
    [
      `Le 1er juin 2020, environ 3,5${NBSP}% des 1.300 agences, soit env. 45 villes. C'est peu.`,
      [`Le 1er juin 2020, environ 3,5${NBSP}% des 1.300 agences, soit env. 45 villes.`, "C'est peu."],
    ],
    [
      "Cet article est une traduction automatique d’un post publié sur le site d’Electronic Frontier Foundation à l’URL https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft le Thu, 11 Jun 2020 01:08:42 +0000.",
      [
        "Cet article est une traduction automatique d’un post publié sur le site d’Electronic Frontier Foundation à l’URL https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft le Thu, 11 Jun 2020 01:08:42 +0000.",
      ],
    ],
    ["Il hésite… Puis il signe. Il attend...", ["Il hésite…", "Puis il signe.", "Il attend..."]],
    [
      "La prochaine étape logique est claire: Microsoft devrait terminer le programme une fois pour toutes.",
      ["La prochaine étape logique est claire: Microsoft devrait terminer le programme une fois pour toutes."],
    ],
    [
      `Que faire${NBSP}?! Rien. Écrivez à contact@laquadrature.net.`,
      [`Que faire${NBSP}?!`, "Rien.", "Écrivez à contact@laquadrature.net."],
    ],
    [
      "En 2018, l' ACLU a organisé des f aces de membres du congrès américain en exercice dans le cadre du programme. Vingt-huit membres du congrès ont été identifiés à tort.",
      [
        "En 2018, l' ACLU a organisé des f aces de membres du congrès américain en exercice dans le cadre du programme.",
        "Vingt-huit membres du congrès ont été identifiés à tort.",
      ],
    ],
  ])("%s", (input, expected) => {
    expect(segmentSentences(input, "fr")).toEqual(expected);
  });
});

describe("segmentSentences — Spanish", () => {
  it.each<Case>([
    [
      "El Sr. García y la Sra. López llegaron. Hablaron con el Dr. Ruiz.",
      ["El Sr. García y la Sra. López llegaron.", "Hablaron con el Dr. Ruiz."],
    ],
    ["¿Dónde está Microsoft? ¡Aquí no!", ["¿Dónde está Microsoft?", "¡Aquí no!"]],
    [
      "IBM y Amazon operan en EE. UU. desde hace años. Microsoft también.",
      ["IBM y Amazon operan en EE. UU. desde hace años.", "Microsoft también."],
    ],
    ["La empresa vende en EE. UU. El gobierno no actúa.", ["La empresa vende en EE. UU.", "El gobierno no actúa."]],
    [
      "Hay muchos proveedores, p. ej. Amazon e IBM. Otros no.",
      ["Hay muchos proveedores, p. ej. Amazon e IBM.", "Otros no."],
    ],
    [
      "Más de 1.300 departamentos de policía. Es decir, el 3,5 % del total.",
      ["Más de 1.300 departamentos de policía.", "Es decir, el 3,5 % del total."],
    ],
    [
      "«Hemos abogado», dijo la empresa, «por reglas más estrictas.» Nadie respondió.",
      ["«Hemos abogado», dijo la empresa, «por reglas más estrictas.»", "Nadie respondió."],
    ],
    ["¿De verdad?! Sí. Bueno...", ["¿De verdad?!", "Sí.", "Bueno..."]],
    ["Visite https://www.eff.org/es. Gracias.", ["Visite https://www.eff.org/es.", "Gracias."]],
    [
      "Amazon, IBM, etc. son proveedores. Microsoft, Google, etc. Todos venden.",
      ["Amazon, IBM, etc. son proveedores.", "Microsoft, Google, etc.", "Todos venden."],
    ],
    ["“¡Basta!” gritó. Luego se fue.", ["“¡Basta!” gritó.", "Luego se fue."]],
    ["El 1.º de junio, la Srta. Pérez habló. Todo cambió.", ["El 1.º de junio, la Srta. Pérez habló.", "Todo cambió."]],
    ["Nació en el año 50 a. C. El imperio cayó.", ["Nació en el año 50 a. C.", "El imperio cayó."]],
  ])("%s", (input, expected) => {
    expect(segmentSentences(input, "es")).toEqual(expected);
  });
});

describe("segmentSentences — German", () => {
  it.each<Case>([
    ["Das ist z. B. bei Amazon so. Microsoft nicht.", ["Das ist z. B. bei Amazon so.", "Microsoft nicht."]],
    ["Das gilt z. B. Microsoft gegenüber. Gut.", ["Das gilt z. B. Microsoft gegenüber.", "Gut."]],
    ["Das heißt, d. h. die Polizei darf das nicht. Gut.", ["Das heißt, d. h. die Polizei darf das nicht.", "Gut."]],
    ["Er spielt in der 1. Bundesliga. Sie nicht.", ["Er spielt in der 1. Bundesliga.", "Sie nicht."]],
    [
      "Am 3. Oktober 2020 wurde es verkündet. Die Polizei schwieg.",
      ["Am 3. Oktober 2020 wurde es verkündet.", "Die Polizei schwieg."],
    ],
    ["Das war 2019. Die Firma wuchs.", ["Das war 2019.", "Die Firma wuchs."]],
    ["Dr. Müller und Prof. Schmidt kamen. Sie redeten.", ["Dr. Müller und Prof. Schmidt kamen.", "Sie redeten."]],
    ["Siehe S. 12 bzw. Nr. 5. Dann weiter.", ["Siehe S. 12 bzw. Nr. 5.", "Dann weiter."]],
    ["„Halt!“, rief er. „Warum?“ Sie schwieg.", ["„Halt!“, rief er.", "„Warum?“", "Sie schwieg."]],
    [
      "Er sagte: »Halt.« Dann ging er. »Warum?«, fragte sie.",
      ["Er sagte: »Halt.«", "Dann ging er.", "»Warum?«, fragte sie."],
    ],
    [
      "Bücher, Hefte usw. Die Liste ist lang. Es kostet 1.300 Euro bzw. 3,5 Mio. Euro.",
      ["Bücher, Hefte usw.", "Die Liste ist lang.", "Es kostet 1.300 Euro bzw. 3,5 Mio. Euro."],
    ],
    ["Wirklich?! Ja. Na ja…", ["Wirklich?!", "Ja.", "Na ja…"]],
    ["1. FC Köln gewinnt. 2. Hertha verliert.", ["1. FC Köln gewinnt.", "2. Hertha verliert."]],
    ["Das geschah 300 v. Chr. Die Römer kamen später.", ["Das geschah 300 v. Chr.", "Die Römer kamen später."]],
  ])("%s", (input, expected) => {
    expect(segmentSentences(input, "de")).toEqual(expected);
  });
});

describe("segmentSentences — Italian", () => {
  it.each<Case>([
    [
      "Il Sig. Rossi e il Dott. Bianchi sono arrivati. Poi sono partiti.",
      ["Il Sig. Rossi e il Dott. Bianchi sono arrivati.", "Poi sono partiti."],
    ],
    [
      "Ci sono molte aziende, p. es. Amazon e IBM. Altre no.",
      ["Ci sono molte aziende, p. es. Amazon e IBM.", "Altre no."],
    ],
    ["L'ACLU ha detto: «Basta.» Poi ha taciuto.", ["L'ACLU ha detto: «Basta.»", "Poi ha taciuto."]],
    [
      "Amazon, IBM, ecc. sono fornitori. Microsoft, Google, ecc. Tutti vendono.",
      ["Amazon, IBM, ecc. sono fornitori.", "Microsoft, Google, ecc.", "Tutti vendono."],
    ],
    ["Davvero?! Sì. Forse...", ["Davvero?!", "Sì.", "Forse..."]],
    [
      "Più di 1.300 dipartimenti di polizia. Cioè il 3,5 % del totale.",
      ["Più di 1.300 dipartimenti di polizia.", "Cioè il 3,5 % del totale."],
    ],
    ["Visita https://www.eff.org/it. Grazie!", ["Visita https://www.eff.org/it.", "Grazie!"]],
    ["Nel 44 a.C. Cesare morì. Poi arrivò Augusto.", ["Nel 44 a.C. Cesare morì.", "Poi arrivò Augusto."]],
    ["Il programma si chiama Rekognition. È difettoso.", ["Il programma si chiama Rekognition.", "È difettoso."]],
    ["«Perché?» chiese lei. «Perché sì.» E se ne andò.", ["«Perché?» chiese lei.", "«Perché sì.»", "E se ne andò."]],
    [
      "Arvind K. Krishna è il CEO. Ha scritto al Congresso.",
      ["Arvind K. Krishna è il CEO.", "Ha scritto al Congresso."],
    ],
    ["La Fiat S.p.A. ha chiuso. Il titolo è sceso.", ["La Fiat S.p.A. ha chiuso.", "Il titolo è sceso."]],
  ])("%s", (input, expected) => {
    expect(segmentSentences(input, "it")).toEqual(expected);
  });
});

describe("segmentSentences — Portuguese", () => {
  it.each<Case>([
    [
      "O Sr. Silva e a Sra. Souza chegaram. O Dr. Costa também.",
      ["O Sr. Silva e a Sra. Souza chegaram.", "O Dr. Costa também."],
    ],
    ["Há muitas empresas, p. ex. a Amazon. Outras não.", ["Há muitas empresas, p. ex. a Amazon.", "Outras não."]],
    ["Você viu isso?! Sim! Que bom.", ["Você viu isso?!", "Sim!", "Que bom."]],
    [
      "Mais de 1.300 departamentos de polícia. Ou seja, 3,5 % do total.",
      ["Mais de 1.300 departamentos de polícia.", "Ou seja, 3,5 % do total."],
    ],
    [
      "Amazon, IBM, etc. são fornecedores. Microsoft, Google, etc. Todos vendem.",
      ["Amazon, IBM, etc. são fornecedores.", "Microsoft, Google, etc.", "Todos vendem."],
    ],
    [
      "“Nós defendemos”, disse a empresa, “regras mais rígidas.” Ninguém respondeu.",
      ["“Nós defendemos”, disse a empresa, “regras mais rígidas.”", "Ninguém respondeu."],
    ],
    ["Ele nasceu em 50 a.C. O império caiu.", ["Ele nasceu em 50 a.C.", "O império caiu."]],
    ["Visite https://www.eff.org/pt. Obrigado!", ["Visite https://www.eff.org/pt.", "Obrigado!"]],
    [
      "Em 2018, a ACLU testou o programa. Vinte e oito membros foram identificados.",
      ["Em 2018, a ACLU testou o programa.", "Vinte e oito membros foram identificados."],
    ],
    ["Espere... O quê? Nada.", ["Espere...", "O quê?", "Nada."]],
    ["É verdade. É mentira.", ["É verdade.", "É mentira."]],
    ["A Dra. Lima falou com o Sr. Alves. Ele concordou.", ["A Dra. Lima falou com o Sr. Alves.", "Ele concordou."]],
  ])("%s", (input, expected) => {
    expect(segmentSentences(input, "pt")).toEqual(expected);
  });
});

describe("segmentSentences — inline placeholders", () => {
  it.each<Case>([
    ["See {1}our guide.{/1} Then act.", ["See {1}our guide.{/1}", "Then act."]],
    ["Read {1}this{/1}. {2}Then{/2} act.", ["Read {1}this{/1}.", "{2}Then{/2} act."]],
    ["Stop.{3/} Next.", ["Stop.{3/}", "Next."]],
    ["{1}First. Second.{/1} Third.", ["{1}First.", "Second.{/1}", "Third."]],
    ['He said "{1}stop.{/1}" Then he left.', ['He said "{1}stop.{/1}"', "Then he left."]],
    ["{1}Stop. {/1}Then go.", ["{1}Stop. {/1}", "Then go."]],
    ["Mr.{1} Smith{/1} came. He left.", ["Mr.{1} Smith{/1} came.", "He left."]],
    ["Done.{12} Next{/12} one.", ["Done.", "{12} Next{/12} one."]],
    ["Use {foo}. Then {1 } stop.", ["Use {foo}.", "Then {1 } stop."]],
    ["A literal {{1}}. Then {{/1}} more.", ["A literal {{1}}.", "Then {{/1}} more."]],
    ["Les {1}visages{/1} ont été analysés.{2/} Puis rien.", ["Les {1}visages{/1} ont été analysés.{2/}", "Puis rien."]],
  ])("%s", (input, expected) => {
    expect(segmentSentences(input, "en")).toEqual(expected);
  });
});

describe("segmentSentences — lines and blocks", () => {
  it.each<Case>([
    [
      "TAKE ACTION\nTell Amazon Ring: end police partnerships.",
      ["TAKE ACTION", "Tell Amazon Ring: end police partnerships."],
    ],
    ["This sentence is wrapped\nacross two lines. Next.", ["This sentence is wrapped\nacross two lines.", "Next."]],
    ["More than 1,300 police\ndepartments, sadly.", ["More than 1,300 police\ndepartments, sadly."]],
    ["Three steps:\n- call\n- write", ["Three steps:", "- call", "- write"]],
    ["Steps\n1. Call your representative.\n2. Write.", ["Steps", "1. Call your representative.", "2. Write."]],
    ["Mr.\nSmith came.", ["Mr.\nSmith came."]],
    ["One.\n\ntwo", ["One.", "two"]],
    ["Mr.\n\nSmith", ["Mr.", "Smith"]],
    ["Heading without punctuation\n\nBody text.", ["Heading without punctuation", "Body text."]],
    ["A heading\r\n\r\nBody", ["A heading", "Body"]],
    ["Line one\r\nline two", ["Line one\r\nline two"]],
    ["First\u2029Second", ["First", "Second"]],
    ["Blank line with spaces\n \t \nnext", ["Blank line with spaces", "next"]],
    ["TAKE ACTION", ["TAKE ACTION"]],
  ])("%j", (input, expected) => {
    expect(segmentSentences(input, "en")).toEqual(expected);
  });
});

describe("segmentSentenceSpans — contract", () => {
  it("returns trimmed UTF-16 offsets, end exclusive", () => {
    expect(segmentSentenceSpans("  Hello.  World.  ", "en")).toEqual([
      { start: 2, end: 8 },
      { start: 10, end: 16 },
    ]);
    const text = "😀 Emoji first. Ça va ?";
    const spans = segmentSentenceSpans(text, "fr");
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(["😀 Emoji first.", "Ça va ?"]);
  });

  it("returns nothing for empty or blank input", () => {
    expect(segmentSentenceSpans("", "en")).toEqual([]);
    expect(segmentSentenceSpans(` \n\n\t${NBSP}${NNBSP}\u3000`, "fr")).toEqual([]);
  });

  it("segmentSentences is the spans sliced out of the text", () => {
    const text = "  Où est M. Dupont ? Ici.\n\nFin  ";
    expect(segmentSentences(text, "fr")).toEqual(
      segmentSentenceSpans(text, "fr").map((s) => text.slice(s.start, s.end)),
    );
  });

  it("accepts region subtags and case variants", () => {
    const text = "M. Dupont est là. Il attend.";
    const expected = ["M. Dupont est là.", "Il attend."];
    expect(segmentSentences(text, "fr-FR")).toEqual(expected);
    expect(segmentSentences(text, "fr_CA")).toEqual(expected);
    expect(segmentSentences(text, "FR")).toEqual(expected);
    expect(segmentSentences("O Sr. Silva chegou. Ele saiu.", "pt-BR")).toEqual(["O Sr. Silva chegou.", "Ele saiu."]);
  });

  it("falls back to generic rules for unknown or malformed languages", () => {
    const text = "Dr. Svensson met J. R. R. Tolkien in the U.S. Congress. Det var kul.";
    const expected = ["Dr. Svensson met J. R. R. Tolkien in the U.S. Congress.", "Det var kul."];
    expect(segmentSentences(text, "sv")).toEqual(expected);
    expect(segmentSentences(text, "")).toEqual(expected);
    expect(segmentSentences(text, "not a tag!")).toEqual(expected);
    // French titles are not generic: "M." is an initial here and "Dupont" is no sentence opener.
    expect(segmentSentences("M. Dupont est là.", "nl")).toEqual(["M. Dupont est là."]);
  });

  it("splits CJK sentences that have no space after the full stop", () => {
    expect(segmentSentences("今日は晴れ。明日は雨！本当？", "ja")).toEqual(["今日は晴れ。", "明日は雨！", "本当？"]);
  });

  it("gives the same result for long texts as for their paragraphs", () => {
    const paragraph =
      "Activism works. It works in the streets, where people protest. The U.S. Congress should act now!";
    const text = Array.from({ length: 300 }, () => paragraph).join(" ");
    expect(segmentSentences(text, "en")).toHaveLength(900);
    expect(new Set(segmentSentences(text, "en")).size).toBe(3);
  });
});
