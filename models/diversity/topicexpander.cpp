#include "models/diversity/topicexpander.h"

#include "models/llm/jsonextractor.h"
#include "models/llm/llmclient.h"
#include "models/run/stagelogic.h"
#include "models/stageregistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Seedbed::Diversity {

namespace {

constexpr int defaultBranching = 5;
constexpr int defaultConcurrency = 8;

QString pathText(const QStringList &path)
{
    return path.join(QStringLiteral(" / "));
}

bool isUnder(const QStringList &path, const QStringList &scope)
{
    return path.size() >= scope.size() && path.mid(0, scope.size()) == scope;
}

// A subtopic given as an object: its name under one of the usual keys.
QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QJsonObject object = value.toObject();
    for (const char *key : {"name", "topic", "subtopic", "title"}) {
        const QJsonValue name = object.value(QLatin1String(key));
        if (name.isString())
            return name.toString();
    }
    return {};
}

// The list inside an object answer: "subtopics", "topics", else its only array.
std::optional<QJsonArray> arrayIn(const QJsonObject &object)
{
    for (const char *key : {"subtopics", "topics", "items"}) {
        if (object.value(QLatin1String(key)).isArray())
            return object.value(QLatin1String(key)).toArray();
    }
    std::optional<QJsonArray> only;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isArray())
            continue;
        if (only)
            return std::nullopt;
        only = it.value().toArray();
    }
    return only;
}

QStringList listLines(const QString &text)
{
    static const QRegularExpression item(
        QStringLiteral(R"(^\s*(?:\d{1,3}[.)、]|[-*•+])\s+(.+?)\s*$)"));
    QStringList names;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = item.match(line);
        if (!match.hasMatch())
            continue;
        QString name = match.captured(1);
        // **Bold** and "quoted" items, and a trailing explanation after a colon or dash.
        name.remove(QStringLiteral("**"));
        const qsizetype colon = name.indexOf(QLatin1String(": "));
        if (colon > 0)
            name.truncate(colon);
        const qsizetype dash = name.indexOf(QStringView(u" — "));
        if (dash > 0)
            name.truncate(dash);
        name = name.trimmed();
        if (name.size() >= 2 &&
            (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))))
            name = name.mid(1, name.size() - 2);
        names.append(name);
    }
    return names;
}

} // namespace

TopicExpander::TopicExpander(Llm::LlmClient *client, Llm::ProviderProfile profile, QByteArray key,
                             QString model, Stage stage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(std::move(profile))
    , m_key(std::move(key))
    , m_model(std::move(model))
    , m_stage(std::move(stage))
{
    if (const StageType *type = StageRegistry::instance().type(m_stage.type))
        m_stage.settings = type->settingsWithDefaults(m_stage.settings);
    connect(m_client, &Llm::LlmClient::finished, this, &TopicExpander::onFinished);
}

TopicExpander::~TopicExpander()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_client->cancel(it.key());
}

void TopicExpander::setCache(Cache cache)
{
    m_cache = std::move(cache);
}

Llm::ChatRequest TopicExpander::request(const Stage &stage, const QString &model,
                                        const QStringList &path, int branching,
                                        const QStringList &siblings)
{
    // Model-facing text: English on purpose, not translated.
    Llm::ChatRequest request;
    request.model = model;
    request.messages.append(
        {QStringLiteral("system"),
         QStringLiteral("You help plan a training dataset that must cover a subject thoroughly. "
                        "You split a topic into distinct, specific subtopics and answer with "
                        "JSON only.")});
    const QString topic = path.value(path.size() - 1);
    QString user = QStringLiteral("Topic path: %1\n\n").arg(pathText(path));
    user += QStringLiteral("List %1 distinct subtopics of \"%2\"%3. Each subtopic is a short "
                           "name (a few words), specific enough to write about on its own, and "
                           "does not overlap with the others.")
                .arg(QString::number(branching), topic,
                     path.size() > 1 ? QStringLiteral(", understood within the path above")
                                     : QString());
    if (!siblings.isEmpty()) {
        user += QStringLiteral("\nThese neighbouring topics are covered separately; do not "
                               "repeat or overlap with them: %1.")
                    .arg(siblings.join(QStringLiteral("; ")));
    }
    user += QStringLiteral("\n\nAnswer with a JSON array of %1 strings and nothing else, for "
                           "example [\"first subtopic\", \"second subtopic\"].")
                .arg(QString::number(branching));
    request.messages.append({QStringLiteral("user"), user});
    const QVariant temperature = stage.settings.value(QStringLiteral("temperature"));
    if (temperature.isValid())
        request.temperature = temperature.toDouble();
    return request;
}

QStringList TopicExpander::parseSubtopics(const QString &content, int branching, QString *error)
{
    const QString text = Llm::JsonExtractor::removeReasoning(content);
    QStringList names;
    bool found = false;
    // Whichever JSON value comes first: an array, or an object holding one.
    const qsizetype bracket = text.indexOf(QLatin1Char('['));
    const qsizetype brace = text.indexOf(QLatin1Char('{'));
    const bool objectFirst = brace >= 0 && (bracket < 0 || brace < bracket);
    std::optional<QJsonArray> array;
    if (objectFirst) {
        if (const auto object = Llm::JsonExtractor::extractObject(text))
            array = arrayIn(*object);
    }
    if (!array && bracket >= 0)
        array = Llm::JsonExtractor::extractArray(text);
    if (array) {
        found = true;
        for (const QJsonValue &value : std::as_const(*array))
            names.append(nameOf(value));
    } else {
        names = listLines(text);
        found = !names.isEmpty();
    }
    names = TopicTree::cleanNames(names);
    if (branching > 0 && names.size() > branching)
        names.resize(branching);
    if (names.isEmpty() && error) {
        *error = found ? tr("the list it gave is empty.")
                       : tr("it is neither a JSON array of names nor a numbered or bulleted "
                            "list.");
    }
    return names;
}

QByteArray TopicExpander::cacheKey(const Llm::ChatRequest &request, qint64 salt)
{
    return Run::StageLogic::cacheKey(request, 0, salt);
}

void TopicExpander::expand(const TopicTree &tree, int depth)
{
    start(tree, depth, {tree.root.name}, false);
}

void TopicExpander::regenerate(const TopicTree &tree, const QStringList &path, int depth)
{
    start(tree, depth, path, true);
}

void TopicExpander::start(const TopicTree &tree, int depth, const QStringList &scope,
                          bool regenerating)
{
    if (m_running) { // replaced silently: its finished() is never emitted
        const QList<quint64> ids = m_inFlight.keys();
        m_inFlight.clear();
        for (const quint64 id : ids)
            m_client->cancel(id);
    }
    ++m_generation;
    m_tree = tree;
    m_depth = depth;
    m_scope = scope;
    m_forced = regenerating ? scope : QStringList();
    m_queue.clear();
    m_pendingLocal = 0;
    m_error.clear();
    m_done = 0;
    m_expected = 0;
    m_calls = 0;
    m_cacheHits = 0;
    m_running = true;
    if (regenerating && !m_tree.node(scope))
        m_error = tr("The topic “%1” is no longer in the tree.").arg(pathText(scope));
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            if (m_error.isEmpty())
                startLevel();
            else
                finish();
        },
        Qt::QueuedConnection);
}

void TopicExpander::startLevel()
{
    if (!m_forced.isEmpty()) {
        m_queue = {m_forced};
    } else {
        QList<QStringList> pending = m_tree.unexpanded(m_depth);
        pending.removeIf([this](const QStringList &path) { return !isUnder(path, m_scope); });
        if (pending.isEmpty()) {
            finish();
            return;
        }
        // unexpanded() lists by level: this level is the run of the shortest paths.
        const qsizetype level = pending.first().size();
        pending.removeIf([level](const QStringList &path) { return path.size() != level; });
        m_queue = pending;
    }
    m_expected = m_done + estimateRemaining();
    emit progress(m_done, m_expected);
    launchMore();
}

void TopicExpander::launchMore()
{
    while (!m_queue.isEmpty() && m_error.isEmpty() &&
           m_inFlight.size() + m_pendingLocal < concurrency()) {
        const QStringList path = m_queue.takeFirst();
        const bool forced = !m_forced.isEmpty() && path == m_forced;
        if (forced)
            m_forced.clear();
        launch(path, !forced);
    }
    if (!m_inFlight.isEmpty() || m_pendingLocal > 0)
        return;
    if (!m_error.isEmpty() || m_queue.isEmpty()) {
        if (m_error.isEmpty())
            startLevel();
        else
            finish();
    }
}

void TopicExpander::launch(const QStringList &path, bool useCache)
{
    QStringList siblings;
    if (path.size() > 1) {
        if (const TopicNode *parent = m_tree.node(path.mid(0, path.size() - 1))) {
            for (const TopicNode &child : parent->children) {
                if (child.name != path.last())
                    siblings.append(child.name);
            }
        }
    }
    const Llm::ChatRequest chat = request(m_stage, m_model, path, branching(), siblings);
    const QByteArray key = cacheKey(chat, m_cache.salt);
    if (useCache && m_cache.lookup) {
        const std::optional<QString> cached = m_cache.lookup(key);
        if (cached && !parseSubtopics(*cached, branching(), nullptr).isEmpty()) {
            // Applied on the next turn of the event loop, like an answer from the network.
            ++m_pendingLocal;
            QMetaObject::invokeMethod(
                this,
                [this, path, content = *cached, generation = m_generation] {
                    if (generation != m_generation)
                        return;
                    --m_pendingLocal;
                    ++m_cacheHits;
                    apply(path, content, {}, true);
                    requestDone();
                },
                Qt::QueuedConnection);
            return;
        }
    }
    const quint64 id = m_client->submit(m_profile, m_key, chat);
    m_inFlight.insert(id, {path, key});
}

void TopicExpander::onFinished(quint64 id, const Llm::ChatResult &result)
{
    const auto it = m_inFlight.constFind(id);
    if (it == m_inFlight.cend())
        return;
    const Pending pending = it.value();
    m_inFlight.erase(it);
    ++m_calls;
    if (result.error.isError()) {
        fail(Run::StageLogic::callError(result.error, m_profile, !m_key.isEmpty()));
    } else if (!result.isComplete() || result.choices.isEmpty()) {
        const Llm::FinishReason reason =
            result.choices.isEmpty() ? Llm::FinishReason::Unknown : result.choices.first().finish;
        fail(tr("The subtopics of “%1”: %2")
                 .arg(pathText(pending.path), Run::StageLogic::finishText(reason)));
    } else {
        apply(pending.path, result.choices.first().content, pending.cacheKey, false);
    }
    requestDone();
}

void TopicExpander::apply(const QStringList &path, const QString &content,
                          const QByteArray &cacheKey, bool fromCache)
{
    QString why;
    const QStringList names = parseSubtopics(content, branching(), &why);
    if (names.isEmpty()) {
        fail(tr("The model's answer for “%1” holds no subtopics: %2").arg(pathText(path), why));
        return;
    }
    if (!m_tree.setChildren(path, names))
        return; // cannot happen: nodes are only added while running
    if (!fromCache && m_cache.store)
        m_cache.store(cacheKey, content);
}

void TopicExpander::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    m_queue.clear();
}

void TopicExpander::requestDone()
{
    ++m_done;
    const int outstanding = int(m_queue.size() + m_inFlight.size()) + m_pendingLocal;
    m_expected = std::max(m_expected, m_done + outstanding);
    emit progress(m_done, m_expected);
    launchMore();
}

void TopicExpander::finish()
{
    m_running = false;
    ++m_generation;
    emit progress(m_done, m_done);
    emit finished(m_tree, m_error);
}

void TopicExpander::cancel()
{
    if (!m_running)
        return;
    const QList<quint64> ids = m_inFlight.keys();
    m_inFlight.clear();
    m_queue.clear();
    m_pendingLocal = 0;
    for (const quint64 id : ids)
        m_client->cancel(id);
    m_running = false;
    QMetaObject::invokeMethod(
        this,
        [this, tree = m_tree, generation = ++m_generation] {
            if (generation == m_generation)
                emit finished(tree, tr("Stopped; the topics received so far are kept."));
        },
        Qt::QueuedConnection);
}

int TopicExpander::estimateRemaining() const
{
    // Every unexpanded node at level L asks once, and so will each of its future
    // descendants above the depth: 1 + b + b² + … + b^(depth-L-1) requests.
    const qint64 b = branching();
    qint64 total = 0;
    const QList<QStringList> pending =
        m_forced.isEmpty() ? m_tree.unexpanded(m_depth) : QList<QStringList>{m_forced};
    for (const QStringList &path : pending) {
        if (!isUnder(path, m_scope))
            continue;
        qint64 requests = 0;
        qint64 power = 1;
        for (qsizetype level = path.size() - 1; level < std::max<qsizetype>(m_depth, path.size());
             ++level) {
            requests += power;
            power = std::min<qint64>(power * b, std::numeric_limits<int>::max());
        }
        total = std::min<qint64>(total + requests, std::numeric_limits<int>::max() / 2);
    }
    return int(total);
}

int TopicExpander::branching() const
{
    const int value = m_stage.settings.value(QStringLiteral("branching"), defaultBranching).toInt();
    return std::max(1, value);
}

int TopicExpander::concurrency() const
{
    const int value =
        m_stage.settings.value(QStringLiteral("concurrency"), defaultConcurrency).toInt();
    return std::max(1, value);
}

} // namespace Seedbed::Diversity
