#include "models/diversity/topictree.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Seedbed::Diversity {

namespace {

const QString nameKey = QStringLiteral("name");
const QString childrenKey = QStringLiteral("children");

// Stored trees come from files people may edit; a cycle is impossible in JSON, but a very
// deep one must not exhaust the stack.
constexpr int maxStoredDepth = 64;

QList<TopicNode> readChildren(const QVariant &value, int level)
{
    QList<TopicNode> children;
    if (level > maxStoredDepth)
        return children;
    QSet<QString> seen;
    for (const QVariant &item : value.toList()) {
        const QVariantMap map = item.toMap();
        // A bare string is a leaf: hand-written trees may list leaves that way.
        const QString name =
            (item.typeId() == QMetaType::QString ? item.toString() : map.value(nameKey).toString())
                .trimmed();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        children.append({name, readChildren(map.value(childrenKey), level + 1)});
    }
    return children;
}

QVariantMap writeNode(const TopicNode &node)
{
    QVariantMap map{{nameKey, node.name}};
    if (!node.children.isEmpty()) {
        QVariantList children;
        children.reserve(node.children.size());
        for (const TopicNode &child : node.children)
            children.append(writeNode(child));
        map.insert(childrenKey, children);
    }
    return map;
}

QString keyPart(QString name)
{
    return name.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('/'), QLatin1String("%2F"));
}

void collectOutputs(const TopicNode &node, QStringList &path, bool everyNode,
                    QList<Run::Output> &outputs)
{
    for (const TopicNode &child : node.children) {
        path.append(child.name);
        if (everyNode || child.children.isEmpty()) {
            Run::Output out;
            QStringList parts;
            parts.reserve(path.size());
            for (const QString &name : std::as_const(path))
                parts.append(keyPart(name));
            out.itemKey = QStringLiteral("topic:") + parts.join(QLatin1Char('/'));
            out.fields.insert(QStringLiteral("topic"), child.name);
            out.fields.insert(QStringLiteral("topic_path"), path.join(QStringLiteral(" / ")));
            out.fields.insert(QStringLiteral("topic_depth"), int(path.size()));
            outputs.append(out);
        }
        collectOutputs(child, path, everyNode, outputs);
        path.removeLast();
    }
}

int countNodes(const TopicNode &node, bool leavesOnly)
{
    int count = 0;
    for (const TopicNode &child : node.children) {
        if (!leavesOnly || child.children.isEmpty())
            ++count;
        count += countNodes(child, leavesOnly);
    }
    return count;
}

int heightOf(const TopicNode &node)
{
    int height = 0;
    for (const TopicNode &child : node.children)
        height = std::max(height, 1 + heightOf(child));
    return height;
}

} // namespace

TopicTree TopicTree::fromSetting(const QVariant &tree, const QString &root)
{
    QVariantMap map = tree.toMap();
    if (tree.typeId() == QMetaType::QString || tree.typeId() == QMetaType::QByteArray)
        map = QJsonDocument::fromJson(tree.toString().toUtf8()).object().toVariantMap();
    TopicTree result;
    const QString rootName = root.trimmed();
    result.root.name = rootName.isEmpty() ? map.value(nameKey).toString().trimmed() : rootName;
    result.root.children = readChildren(map.value(childrenKey), 1);
    return result;
}

QVariant TopicTree::toSetting() const
{
    return writeNode(root);
}

const TopicNode *TopicTree::node(const QStringList &path) const
{
    if (path.isEmpty() || path.first() != root.name)
        return nullptr;
    const TopicNode *current = &root;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const auto it = std::find_if(
            current->children.cbegin(), current->children.cend(),
            [&name = path.at(i)](const TopicNode &child) { return child.name == name; });
        if (it == current->children.cend())
            return nullptr;
        current = &*it;
    }
    return current;
}

TopicNode *TopicTree::node(const QStringList &path)
{
    return const_cast<TopicNode *>(std::as_const(*this).node(path));
}

QList<QStringList> TopicTree::unexpanded(int depth) const
{
    QList<QStringList> result;
    // Breadth first, so that the list is ordered by level.
    QList<QPair<const TopicNode *, QStringList>> level{{&root, QStringList{root.name}}};
    for (int d = 0; d < depth && !level.isEmpty(); ++d) {
        QList<QPair<const TopicNode *, QStringList>> next;
        for (const auto &[node, path] : std::as_const(level)) {
            if (node->children.isEmpty()) {
                result.append(path);
                continue;
            }
            for (const TopicNode &child : node->children)
                next.append({&child, path + QStringList{child.name}});
        }
        level = std::move(next);
    }
    return result;
}

bool TopicTree::setChildren(const QStringList &path, const QStringList &names)
{
    TopicNode *target = node(path);
    if (!target)
        return false;
    target->children.clear();
    for (const QString &name : cleanNames(names))
        target->children.append({name, {}});
    return true;
}

int TopicTree::leafCount() const
{
    return countNodes(root, true);
}

int TopicTree::topicCount() const
{
    return countNodes(root, false);
}

int TopicTree::height() const
{
    return heightOf(root);
}

QList<Run::Output> TopicTree::outputs(const QString &emitMode) const
{
    QList<Run::Output> outputs;
    QStringList path;
    collectOutputs(root, path,
                   emitMode == QLatin1String("nodes") || emitMode == QLatin1String("all"), outputs);
    return outputs;
}

QStringList TopicTree::cleanNames(const QStringList &names)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed.toCaseFolded()))
            continue;
        seen.insert(trimmed.toCaseFolded());
        result.append(trimmed);
    }
    return result;
}

} // namespace Seedbed::Diversity
