#include "models/diversity/evolution.h"
#include "models/run/stageutil.h"

#include "models/llm/jsonextractor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace Seedbed::Diversity {

namespace {

struct EvolutionText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Diversity::Evolution)
};

quint64 splitMix(quint64 x)
{
    return Run::StageUtil::splitMix64(x);
}

// Letters and digits only, case folded: what "unchanged" and "copied" compare.
QString skeleton(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

// Characters that carry meaning (letters and digits), for the "shorter" rule; a CJK character
// counts as much as a short English word.
qsizetype weight(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber())
            continue;
        const char32_t u = c.unicode();
        n += (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ? 3 : 1;
    }
    return n;
}

const char *const promptMarkers[] = {
    "given instruction", "evolved instruction",   "rewritten instruction", "#instruction#",
    "[instruction]",     "the instruction above", "the instruction below",
};

const char *const refusals[] = {
    "sorry",       "i cannot", "i can't", "i can not", "i am unable", "i'm unable", "as an ai",
    "i apologize", "抱歉",     "对不起",  "我无法",    "我不能",      "作为一个ai", "作为ai",
};

} // namespace

QString Evolution::name(Mutation mutation)
{
    switch (mutation) {
    case Mutation::Constraints:
        return QStringLiteral("constraints");
    case Mutation::Deepen:
        return QStringLiteral("deepen");
    case Mutation::Concretize:
        return QStringLiteral("concretize");
    case Mutation::Reasoning:
        return QStringLiteral("reasoning");
    case Mutation::Breadth:
        return QStringLiteral("breadth");
    }
    return QString();
}

Evolution::Mutation Evolution::choose(const QString &direction, qint64 seed,
                                      QStringView instruction, int round)
{
    const QByteArray digest =
        QCryptographicHash::hash(instruction.toUtf8(), QCryptographicHash::Sha256);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | quint8(digest.at(i));
    const quint64 r = splitMix(h ^ splitMix(quint64(seed)) ^ splitMix(quint64(round) + 1));
    if (direction == QLatin1String("breadth"))
        return Mutation::Breadth;
    if (direction == QLatin1String("depth"))
        return Mutation(r % 4);
    // Mixed: the four in-depth mutations and breadth with weights 1:1:1:1:1 would make one
    // instruction in five a new topic; the method evolves in depth more often.
    const quint64 pick = r % 20;
    return pick < 16 ? Mutation(pick / 4) : Mutation::Breadth;
}

QString Evolution::systemPrompt()
{
    return QStringLiteral(
        "You rewrite instructions for a training dataset so that they become harder or more "
        "varied while staying reasonable: a person must be able to understand and answer the "
        "rewritten instruction. Never answer the instruction yourself. Reply with the new "
        "instruction only: no title, no explanation, no quotation marks. Write in the language "
        "of the original instruction.");
}

QString Evolution::userPrompt(Mutation mutation, const QString &instruction)
{
    QString task;
    switch (mutation) {
    case Mutation::Constraints:
        task = QStringLiteral("Make the instruction below harder by adding exactly one more "
                              "constraint or requirement to it (a condition, a format, a limit, "
                              "a case to handle). Add at most 20 words.");
        break;
    case Mutation::Deepen:
        task = QStringLiteral("Make the instruction below harder by asking about its subject in "
                              "more depth and breadth: ask for causes, trade-offs, comparisons "
                              "or consequences it does not ask for yet. Add at most 20 words.");
        break;
    case Mutation::Concretize:
        task = QStringLiteral("Make the instruction below more specific: replace general "
                              "concepts with concrete ones (a named situation, real numbers, a "
                              "particular case). Add at most 20 words.");
        break;
    case Mutation::Reasoning:
        task = QStringLiteral("If the instruction below can be solved in one or two simple "
                              "steps, rewrite it so that answering it takes several explicit "
                              "steps of reasoning. Add at most 20 words.");
        break;
    case Mutation::Breadth:
        task = QStringLiteral("Write a brand-new instruction that belongs to the same domain as "
                              "the instruction below but asks about a rarer, less obvious topic. "
                              "Keep a similar length and difficulty.");
        break;
    }
    return task + QStringLiteral("\n\nInstruction:\n") + instruction;
}

QString Evolution::cleanAnswer(const QString &content)
{
    QString text = Llm::JsonExtractor::removeReasoning(content).trimmed();
    static const QRegularExpression label(
        QStringLiteral("^(?:#+\\s*)?(?:\\*\\*)?(?:new|rewritten|evolved|revised|created)?\\s*"
                       "(?:instruction|prompt)\\s*(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(label);
    text = text.trimmed();
    const QList<std::pair<QChar, QChar>> quotes{{u'"', u'"'},
                                                {QChar(0x201C), QChar(0x201D)},
                                                {QChar(0x300C), QChar(0x300D)},
                                                {u'\'', u'\''}};
    for (const auto &[open, close] : quotes) {
        if (text.size() >= 2 && text.front() == open && text.back() == close) {
            text = text.mid(1, text.size() - 2).trimmed();
            break;
        }
    }
    return text;
}

std::optional<QString> Evolution::eliminationReason(QStringView before, QStringView after,
                                                    Mutation mutation)
{
    const QString shape = skeleton(after);
    if (after.trimmed().isEmpty())
        return EvolutionText::tr("The model returned no instruction.");
    if (shape.isEmpty())
        return EvolutionText::tr("The evolved instruction holds only punctuation.");
    if (shape == skeleton(before))
        return EvolutionText::tr("The instruction came back unchanged.");
    const QString lower = after.toString().toCaseFolded();
    for (const char *refusal : refusals) {
        if (lower.startsWith(QString::fromUtf8(refusal)))
            return EvolutionText::tr("The model refused to evolve the instruction.");
    }
    for (const char *marker : promptMarkers) {
        if (lower.contains(QLatin1String(marker)))
            return EvolutionText::tr("The evolved instruction copies words of the evolution "
                                     "prompt (“%1”).")
                .arg(QLatin1String(marker));
    }
    if (isInDepth(mutation) && weight(after) < weight(before))
        return EvolutionText::tr("The evolved instruction is shorter than the original; an "
                                 "instruction made harder should not lose content.");
    return std::nullopt;
}

PromptTemplate Evolution::rewritePreset(const QString &mode)
{
    PromptTemplate t;
    t.system = QStringLiteral(
        "You rewrite text for a training dataset. Keep its meaning and every fact in it. Reply "
        "with the rewritten text only: no title, no explanation, no quotation marks.");
    QString task;
    if (mode == QLatin1String("style")) {
        t.name = QStringLiteral("Rewrite: change style");
        task = QStringLiteral("Rewrite the text below in a different style{% if instruction %}: "
                              "{{ instruction }}{% else %}, for example more formal or more "
                              "casual{% endif %}. Write in the language of the text.");
    } else if (mode == QLatin1String("difficulty")) {
        t.name = QStringLiteral("Rewrite: change difficulty");
        task = QStringLiteral("Rewrite the text below so that it is {% if instruction %}"
                              "{{ instruction }}{% else %}harder: more precise, with less "
                              "obvious wording{% endif %}. Keep the same task and the same "
                              "answer. Write in the language of the text.");
    } else if (mode == QLatin1String("context")) {
        t.name = QStringLiteral("Rewrite: add background");
        task = QStringLiteral("Rewrite the text below with one or two sentences of realistic "
                              "background added (who asks, in which situation, why){% if "
                              "instruction %}; {{ instruction }}{% endif %}. Keep the request "
                              "itself unchanged. Write in the language of the text.");
    } else if (mode == QLatin1String("translate")) {
        t.name = QStringLiteral("Rewrite: translate");
        task = QStringLiteral("Translate the text below into {{ target_language }}, naturally, "
                              "as a native speaker would write it.{% if instruction %} "
                              "{{ instruction }}{% endif %}");
    } else {
        t.name = QStringLiteral("Rewrite: paraphrase");
        task = QStringLiteral("Paraphrase the text below: other words and sentence structure, "
                              "the same meaning.{% if instruction %} {{ instruction }}{% endif %} "
                              "Write in the language of the text.");
    }
    t.user = task + QStringLiteral("\n\nText:\n{{ text }}");
    return t;
}

} // namespace Seedbed::Diversity
