#pragma once

#include "models/run/stagelogic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Seedbed::Diversity {

/*! \brief A topic and its subtopics. */
struct TopicNode
{
    QString name;
    QList<TopicNode> children;

    friend bool operator==(const TopicNode &, const TopicNode &) = default;
};

/*! \brief The tree of a topic_tree stage: the root subject and the subtopics grown from it,
    as stored in the stage's "tree" setting. A plain value.

    Names are trimmed and never empty, and siblings never share a name (compared without
    case), so that a path names one node and an output's item key is unique. */
class TopicTree
{
public:
    /*! The tree stored in a "tree" setting (a QVariantMap {name, children: [...]}, or the same
        as JSON text), under the root subject \a root: the root setting names the root, even
        when the stored tree was grown under another name. Blank or repeated names are
        dropped with their branches; anything unreadable gives a tree of the root alone. */
    static TopicTree fromSetting(const QVariant &tree, const QString &root);
    /*! The setting: a JSON-able QVariantMap {name, children: [...]}; "children" is left out
        of leaves. */
    QVariant toSetting() const;

    TopicNode root;

    /*! The node at \a path (names from the root, root included), or null. */
    const TopicNode *node(const QStringList &path) const;
    TopicNode *node(const QStringList &path);
    /*! Paths (names from the root, root included) of nodes shallower than \a depth without
        children: what still needs expanding, level by level (shallowest first). The root is
        at level 0. */
    QList<QStringList> unexpanded(int depth) const;
    /*! Replaces the children of the node at \a path with leaves named \a names (trimmed;
        blanks and repeats dropped). False when there is no such node. */
    bool setChildren(const QStringList &path, const QStringList &names);

    /*! Nodes without children below the root (0 for a root alone). */
    int leafCount() const;
    /*! Nodes below the root. */
    int topicCount() const;
    /*! The number of levels below the root that have nodes. */
    int height() const;

    /*! One output per leaf (\a emitMode "leaves") or per node below the root (\a emitMode "nodes"
       or "all"), depth first: fields "topic" (the node's name), "topic_path" ("a / b / c", from
        below the root), "topic_depth" (1 for the root's children); item key "topic:" and the
        path below the root joined with "/" ('%' and '/' inside a name written %25 and %2F),
        stable across runs. A root alone makes none. */
    QList<Run::Output> outputs(const QString &emitMode) const;

    /*! \a names trimmed, without blanks and without repeats (compared without case). */
    static QStringList cleanNames(const QStringList &names);

    friend bool operator==(const TopicTree &, const TopicTree &) = default;
};

} // namespace Seedbed::Diversity

Q_DECLARE_METATYPE(Seedbed::Diversity::TopicTree)
