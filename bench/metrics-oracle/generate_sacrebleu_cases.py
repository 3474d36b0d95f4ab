"""Writes sacrebleu-2.6.0-cases.json: TER and chrF figures computed by sacreBLEU itself, for lib/metrics to match.

Not part of the app or of CI (the JSON it writes is committed). To regenerate, with sacreBLEU 2.6.0 installed:

    python3 -m venv /tmp/sb && /tmp/sb/bin/pip install sacrebleu==2.6.0
    /tmp/sb/bin/python bench/metrics-oracle/generate_sacrebleu_cases.py

Three groups of (hypothesis = machine text, reference = final text) pairs:
- seed-post: the seed post's machine translation against a human post-edit of it (seed-post.*.txt);
- synthetic: windows of that French text put through random post-edits (moved phrases, insertions, deletions,
  substitutions, joined and split words, case, punctuation, Python-only whitespace, emoji), seeded;
- edge: empty sides, whitespace only, very unequal lengths (the beam widens), long repetitive segments (the
  1,000-candidate cap), characters outside the BMP, combining marks.
"""

import json
import random
from pathlib import Path

import sacrebleu
from sacrebleu.metrics import CHRF, TER

HERE = Path(__file__).parent


def read_lines(name):
    return (HERE / name).read_text(encoding="utf-8").splitlines()


MT = read_lines("seed-post.mt.txt")
FINAL = read_lines("seed-post.final.txt")
WORDS = " ".join(MT).split()
SPACES = [" ", " ", " ", " ", "  ", "\t", "\u00a0", "\u202f", "\x1c", "\x85", "\u3000"]
EXTRA = ["🙂", "naïve", "e\u0301té", "İstanbul", "ÉTATS", "«", "»", "—", "l'", "d'", "…", "1 300", "2019,"]


def edit_words(rng, words):
    words = list(words)
    for _ in range(rng.randint(0, 8)):
        if not words:
            words.append(rng.choice(WORDS))
            continue
        op = rng.random()
        k = rng.randrange(len(words))
        if op < 0.22:  # move a phrase (what TER's shifts are for)
            length = rng.randint(1, 12)
            block = words[k : k + length]
            del words[k : k + length]
            target = max(0, min(len(words), k + rng.randint(-70, 70)))
            words[target:target] = block
        elif op < 0.37:
            words.insert(k, rng.choice(WORDS + EXTRA))
        elif op < 0.52:
            del words[k]
        elif op < 0.67:
            words[k] = rng.choice(WORDS + EXTRA)
        elif op < 0.74 and len(words[k]) > 2:  # "f aces"
            cut = rng.randrange(1, len(words[k]))
            words[k : k + 1] = [words[k][:cut], words[k][cut:]]
        elif op < 0.81 and k + 1 < len(words):  # "l' ACLU" -> "l'ACLU"
            words[k : k + 2] = [words[k] + words[k + 1]]
        elif op < 0.88:
            words[k] = words[k].upper() if rng.random() < 0.5 else words[k].lower()
        else:
            words[k] = words[k] + rng.choice([",", ".", " ?", "\u202f?", " :", "»"])
    return words


def join_words(rng, words):
    text = ""
    for index, word in enumerate(words):
        text += (rng.choice(SPACES) if index else "") + word
    if rng.random() < 0.1:
        text = rng.choice(SPACES) + text
    if rng.random() < 0.1:
        text += rng.choice(SPACES)
    return text


def synthetic_pairs(count, seed):
    rng = random.Random(seed)
    pairs = []
    for index in range(count):
        length = rng.choice([0, 1, 3, 8, 15, 25, 40, 60]) if index % 10 else rng.randint(90, 220)
        start = rng.randrange(len(WORDS))
        base = (WORDS[start:] + WORDS)[:length]
        hypothesis = join_words(rng, base)
        reference = join_words(rng, edit_words(rng, base))
        pairs.append((hypothesis, reference))
    return pairs


def edge_pairs():
    repetitive = ["le", "la", "de", "et", "des"] * 60
    return [
        ("", ""),
        ("", "Bonjour"),
        ("Bonjour", ""),
        ("   ", "\t "),
        ("a", "a"),
        ("A", "a"),
        ("mot", " ".join(WORDS[:150])),
        (" ".join(WORDS[:150]), "mot"),
        (" ".join(WORDS[:3]), " ".join(WORDS[:160])),
        (" ".join(repetitive), " ".join(repetitive[101:] + repetitive[:101])),
        (" ".join(WORDS[:300]), " ".join(WORDS[150:300] + WORDS[:150])),
        ("🙂🙂🙂 ok", "🙂🙂 ok"),
        ("e\u0301té naïve", "été naïve"),
        ("İstanbul ΣΑΣ", "i̇stanbul σας"),
        ("des f aces de membres", "des faces de membres"),
        ("l' ACLU a organisé", "l'ACLU a soumis"),
        ("a\ufeffb c", "a b c"),
        ("x\x1cy\x85z", "x y z"),
        ("fin .", "fin."),
        ("&quot;Jim's&quot; (car), 4.2-5", "\"Jim's\" car, 4.2 - 5"),
    ]


def score_pair(hypothesis, reference):
    ter = TER().sentence_score(hypothesis, [reference])
    return {
        "ter": {"score": ter.score, "edits": ter.num_edits, "referenceWords": ter.ref_length},
        "terNormalizedNoPunct": TER(normalized=True, no_punct=True).sentence_score(hypothesis, [reference]).score,
        "terCaseSensitive": TER(case_sensitive=True).sentence_score(hypothesis, [reference]).score,
        "chrf": CHRF().sentence_score(hypothesis, [reference]).score,
        "chrfPlusPlus": CHRF(word_order=2).sentence_score(hypothesis, [reference]).score,
        "chrfEpsSmoothing": CHRF(eps_smoothing=True).sentence_score(hypothesis, [reference]).score,
        "chrfWhitespaceLowercase": CHRF(whitespace=True, lowercase=True).sentence_score(hypothesis, [reference]).score,
    }


def score_corpus(pairs):
    hypotheses = [h for h, _ in pairs]
    references = [[r for _, r in pairs]]
    ter = TER().corpus_score(hypotheses, references)
    return {
        "ter": {"score": ter.score, "edits": ter.num_edits, "referenceWords": ter.ref_length},
        "chrf": CHRF().corpus_score(hypotheses, references).score,
        "chrfPlusPlus": CHRF(word_order=2).corpus_score(hypotheses, references).score,
    }


def group(name, pairs):
    return {
        "name": name,
        "pairs": [{"hypothesis": h, "reference": r, **score_pair(h, r)} for h, r in pairs],
        "corpus": score_corpus(pairs),
    }


def main():
    result = {
        "generatedBy": "bench/metrics-oracle/generate_sacrebleu_cases.py",
        "sacrebleu": sacrebleu.__version__,
        "groups": [
            group("seed-post", list(zip(MT, FINAL))),
            group("synthetic", synthetic_pairs(240, seed=17)),
            group("edge", edge_pairs()),
        ],
    }
    out = HERE / "sacrebleu-2.6.0-cases.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({sum(len(g['pairs']) for g in result['groups'])} pairs)")


if __name__ == "__main__":
    main()
