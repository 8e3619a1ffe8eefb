#pragma once

#include "models/prompttemplate.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Seedbed::Diversity {

/*! \brief The instruction evolution of Evol-Instruct and the rewrite presets: which mutation an
    instruction gets in a round, the prompt that asks a model for it, and whether the result is
    a real evolution or has to be eliminated.

    Prompts are English (models follow them best) and say to answer in the language of the
    instruction. Everything here is a pure function of its arguments, so a resumed run asks
    exactly the same questions (and its requests hit the response cache). */
class Evolution
{
public:
    /*! In depth: add a constraint, deepen the inquiry, make it concrete, require more reasoning
        steps; in breadth: a new instruction of the same domain. */
    enum class Mutation { Constraints, Deepen, Concretize, Reasoning, Breadth };

    /*! "constraints", "deepen", "concretize", "reasoning", "breadth". */
    static QString name(Mutation mutation);
    static bool isInDepth(Mutation mutation) { return mutation != Mutation::Breadth; }

    /*! The mutation of round \a round (0-based) for \a instruction under \a direction ("depth",
        "breadth" or "mixed": one of the five, in-depth ones four times as often as breadth),
        drawn from \a seed and the text, so the same instruction and seed always evolve the
        same way. */
    static Mutation choose(const QString &direction, qint64 seed, QStringView instruction,
                           int round);

    /*! The system and user messages that ask a model to evolve \a instruction by \a mutation. */
    static QString systemPrompt();
    static QString userPrompt(Mutation mutation, const QString &instruction);

    /*! The evolved instruction in a model's answer: reasoning removed, a leading label such as
        "Rewritten instruction:" or a markdown heading dropped, surrounding quotes removed. */
    static QString cleanAnswer(const QString &content);

    /*! Why the evolution of \a before into \a after failed (translated), or nothing when it is
        a real evolution: it is empty, unchanged, only punctuation, a refusal, copies words of
        the evolution prompt, or (in depth) shorter than the original. */
    static std::optional<QString> eliminationReason(QStringView before, QStringView after,
                                                    Mutation mutation);

    /*! The built-in prompt of a rewrite stage in \a mode ("synonyms", "style", "difficulty",
        "context", "translate"): the starting point that "New template" copies, and what the
        stage uses while it has no template of its own. It renders {{ text }} (the field to
        rewrite), {{ instruction }} (the stage's extra instruction) and {{ target_language }}. */
    static PromptTemplate rewritePreset(const QString &mode);
};

} // namespace Seedbed::Diversity
