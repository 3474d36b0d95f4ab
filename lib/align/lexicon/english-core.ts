// English core lexicon for the sentence aligner: ~450 most frequent English lemmas with their inflected forms.
// Chosen from general knowledge of English word frequency (fiction + news prose), not from any evaluation text.
// Format: one lemma per line, lowercase ASCII, lemma first then its inflected forms, space-separated; each form on one line only.
export const ENGLISH_CORE = `
able
about
above
across
actually
add adds added adding
afraid
after
again
against
age ages
ago
agree agrees agreed agreeing
air
all
allow allows allowed allowing
almost
alone
along
already
also
although
always
among
and
another
answer answers answered answering
any
anyone
anything
appear appears appeared appearing
area areas
arm arms
around
as
ask asks asked asking
at
attack attacks attacked attacking
away
back backs
bad worse worst
be am is are was were been being
beautiful
because
become becomes became becoming
before
begin begins began begun beginning
behind
believe believes believed believing
between
big bigger biggest
black
body bodies
book books
both
boy boys
break breaks broke broken breaking
bring brings brought bringing
build builds built building
business businesses
but
buy buys bought buying
by
call calls called calling
can could cannot
car cars
carry carries carried carrying
case cases
cause causes caused causing
certain
change changes changed changing
child children
city cities
claim claims claimed claiming
clear
close closes closed closing closer closest
come comes came coming
company companies
consider considers considered considering
continue continues continued continuing
country countries
cover covers covered covering
create creates created creating
cut cuts cutting
dark darker darkest
day days
dead
death deaths
decide decides decided deciding
decision decisions
die dies died dying
different
do does did done doing
door doors
down
during
each
early earlier earliest
eat eats ate eaten eating
either
else
end ends ended ending
enough
even
ever
every
everyone
everything
expect expects expected expecting
explain explains explained explaining
eye eyes
face faces faced facing
fact facts
fail fails failed failing
fall falls fell fallen falling
family families
far farther farthest further furthest
father fathers
feel feels felt feeling feelings
few fewer fewest
finally
find finds found finding
fine
fire fires fired firing
follow follows followed following
food
foot feet
for
forget forgets forgot forgotten forgetting
free
friend friends
from
full
game games
get gets got gotten getting
girl girls
give gives gave given giving
go goes went gone going
good better best
great greater greatest
ground
group groups
grow grows grew grown growing
hair
hand hands handed handing
happen happens happened happening
happy
hard harder hardest
have has had having
he
head heads headed heading
health
hear hears heard hearing
heart hearts
help helps helped helping
her hers
here
herself
high higher highest
him
himself
his
history
hit hits hitting
hold holds held holding
home homes
hope hopes hoped hoping
hour hours
house houses
how
however
human
husband husbands
i
idea ideas
if
important
in
include includes included including
increase increases increased increasing
instead
into
issue issues
it
its
itself
job jobs
just
keep keeps kept keeping
kid kids
kill kills killed killing
kind kinds
know knows knew known knowing
large larger largest
last
late later latest
law laws
lead leads led leading
leader leaders
learn learns learned learnt learning
leave leaves left leaving
let lets letting
lie lies lay lain lying
life
light lights
like likes liked liking
likely
line lines
listen listens listened listening
little less least
live lives lived living
local
long longer longest
look looks looked looking
lose loses lost losing
lot lots
love loves loved loving
low lower lowest
make makes made making
man men
many
market markets
matter matters mattered
may might
maybe
me
mean means meant meaning
meet meets met meeting
member members
military
mind minds minded
minute minutes
moment moments
money
month months
morning mornings
mother mothers
mouth mouths
move moves moved moving
much more most
must
my mine
myself
name names named
national
near nearer nearest
need needs needed needing
never
new newer newest
news
next
nice
night nights
no
nobody
none
nor
not n't
nothing
now
number numbers
of
off
offer offers offered offering
office offices
often
oh
old older oldest
on
only
open opens opened opening
or
order orders ordered ordering
other others
our ours
ourselves
out
over
own owns owned owning
parent parents
part parts
party parties
pass passes passed passing
past
pay pays paid paying
people
perhaps
person persons
place places placed placing
plan plans planned planning
play plays played playing
please
point points pointed pointing
police
political
possible
power powers
president presidents
probably
problem problems
public
pull pulls pulled pulling
put puts putting
question questions
quickly
quite
raise raises raised raising
rather
reach reaches reached reaching
read reads reading
ready
real
really
reason reasons
receive receives received receiving
recent
red
remain remains remained remaining
remember remembers remembered remembering
report reports reported reporting
require requires required requiring
result results
return returns returned returning
right rights
rise rises rose risen rising
road roads
room rooms
run runs ran running
same
say says said saying
school schools
see sees saw seen seeing
seem seems seemed seeming
sell sells sold selling
send sends sent sending
sense
serious
set sets setting
several
shall should
she
show shows showed shown showing
side sides
since
sit sits sat sitting
small smaller smallest
smile smiles smiled smiling
so
some
someone
something
sometimes
son sons
soon
sorry
speak speaks spoke spoken speaking
spend spends spent spending
stand stands stood standing
start starts started starting
state states stated stating
stay stays stayed staying
still
stop stops stopped stopping
story stories
strong stronger strongest
such
suddenly
suggest suggests suggested suggesting
support supports supported supporting
sure
system systems
table tables
take takes took taken taking
talk talks talked talking
team teams
tell tells told telling
than
thank thanks thanked thanking
that those
their theirs
them
themselves
then
there
they
thing things
think thinks thought thoughts thinking
this these
though
through
time times
to
today
together
too
toward towards
true
try tries tried trying
turn turns turned turning
under
understand understands understood understanding
until till
up
upon
us
use uses used using
very
voice voices
wait waits waited waiting
walk walks walked walking
want wants wanted wanting
war wars
watch watches watched watching
water waters
way ways
we
week weeks
well
what
when
where
whether
which
while
white
who
whole
whose
why
wife wives
will would
win wins won winning
window windows
with
within
without
woman women
word words
work works worked working
world worlds
worry worries worried worrying
write writes wrote written writing
wrong
year years
yes
yesterday
yet
you
young younger youngest
your yours
yourself yourselves
`;
