#include "models/diversity/topictree.h"
#include "models/graphcommands.h"
#include "models/llm/profilestore.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/stageregistry.h"
#include "widgets/inspectorwidget.h"
#include "widgets/topictreeeditor.h"

#include "../models/llm/loopbackserver.h"
#include "../models/llm/openaiwire.h"
#include "../models/run/pipelinefixture.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Seedbed;
using namespace Seedbed::Test;

// Plurals are compared in their source form: the tests load no translation. A name editor
// commits on the next turn of the event loop after Return, hence QTRY after it.

namespace {

QString askedTopic(const ReceivedRequest &request)
{
    static const QRegularExpression quoted(QStringLiteral("subtopics of \"([^\"]+)\""));
    return quoted.match(lastUserMessage(request)).captured(1);
}

// "<topic>.1", "<topic>.2"… with a suffix per topic when set; "bad" answers prose, "slow"
// never answers, "locked" refuses the key.
class Model
{
public:
    LoopbackServer::Responder responder()
    {
        return [this](const ReceivedRequest &request) {
            const QString topic = askedTopic(request);
            static const QRegularExpression count(QStringLiteral(R"(List (\d+) distinct)"));
            const int n = count.match(lastUserMessage(request)).captured(1).toInt();
            QString suffix;
            {
                QMutexLocker locker(&m_mutex);
                suffix = m_suffix.value(topic);
            }
            if (topic == QLatin1String("bad"))
                return streamed(openAiStream({QStringLiteral("Sorry, no.")}));
            if (topic == QLatin1String("slow"))
                return Script().hang();
            if (topic == QLatin1String("locked"))
                return Script().write(fullResponse(
                    401, "Unauthorized", R"({"error":{"message":"Incorrect API key provided"}})"));
            QStringList names;
            for (int i = 1; i <= n; ++i)
                names.append(QStringLiteral("%1.%2%3").arg(topic).arg(i).arg(suffix));
            return streamed(openAiStream({QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact))}));
        };
    }
    void setSuffix(const QString &topic, const QString &suffix)
    {
        QMutexLocker locker(&m_mutex);
        m_suffix.insert(topic, suffix);
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_suffix;
};

bool saveProfile(const QUrl &url)
{
    Llm::ProfileStore store;
    store.load();
    Llm::ProviderProfile profile;
    profile.name = QStringLiteral("Loopback");
    profile.baseUrl = url;
    profile.models = {QStringLiteral("test-model")};
    profile.maxAttempts = 1;
    return !store.add(profile).isEmpty();
}

QStringList childNames(const Diversity::TopicTree &tree, const QStringList &path)
{
    QStringList names;
    if (const Diversity::TopicNode *node = tree.node(path)) {
        for (const Diversity::TopicNode &child : node->children)
            names.append(child.name);
    }
    return names;
}

QStringList path(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

} // namespace

class tst_TopicTreeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void inspectorShowsTheTreeEditor();
    void generateIsOneUndoStep();
    void regenerateReplacesTheSelectedBranch();
    void handEditsAreOneStepEach();
    void badNamesAreRefused();
    void editingWorksWithoutAnyProfile();
    void missingProfileIsExplained();
    void rejectedKeyIsExplained();
    void malformedAnswerIsExplained();
    void stopKeepsWhatArrived();
    void undoDuringGenerationWins();
    void countsFollowTheEmitSetting();

private:
    void addStage(const QVariantMap &overrides = {});
    void showInspector();
    Diversity::TopicTree storedTree() const;
    QToolButton *button(const QString &name) const;
    bool generateAndWait(const QString &buttonName, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<InspectorWidget> m_inspector;
    std::unique_ptr<LoopbackServer> m_server;
    Model m_model;
    QUuid m_stage;
    TopicTreeEditor *m_editor = nullptr;
};

void tst_TopicTreeEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TopicTreeEditor::init()
{
    QSettings().clear();
    QFile::remove(Llm::ProfileStore::defaultPath());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProjectError error;
    m_document =
        ProjectDocument::create(m_dir->filePath(QStringLiteral("p")), QStringLiteral("T"), &error);
    QVERIFY2(m_document, qPrintable(error.message));
    m_server = std::make_unique<LoopbackServer>(m_model.responder());
}

void tst_TopicTreeEditor::cleanup()
{
    m_editor = nullptr;
    m_inspector.reset();
    m_document.reset();
    m_server.reset();
    m_dir.reset();
    QFile::remove(Llm::ProfileStore::defaultPath());
}

void tst_TopicTreeEditor::addStage(const QVariantMap &overrides)
{
    const StageType *type = StageRegistry::instance().type(QStringLiteral("topic_tree"));
    Stage stage;
    stage.id = QUuid::createUuid();
    stage.type = type->id;
    stage.name = QStringLiteral("Topics");
    stage.settings = type->defaultSettings();
    stage.settings.insert(QStringLiteral("root"), QStringLiteral("r"));
    stage.settings.insert(QStringLiteral("depth"), 2);
    stage.settings.insert(QStringLiteral("branching"), 2);
    stage.settings.insert(QStringLiteral("concurrency"), 2);
    stage.settings.insert(QStringLiteral("provider"), QStringLiteral("Loopback"));
    stage.settings.insert(QStringLiteral("model"), QStringLiteral("test-model"));
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        stage.settings.insert(it.key(), it.value());
    m_document->undoStack()->push(new AddStagesCommand(m_document->graph(), {stage}, {}, {}));
    m_stage = stage.id;
}

void tst_TopicTreeEditor::showInspector()
{
    m_inspector = std::make_unique<InspectorWidget>(m_document.get());
    m_inspector->resize(420, 900);
    m_inspector->setStage(m_stage);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    m_inspector->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_inspector.get()));
    m_editor = m_inspector->findChild<TopicTreeEditor *>();
    QVERIFY(m_editor);
}

Diversity::TopicTree tst_TopicTreeEditor::storedTree() const
{
    const Stage *stage = m_document->graph()->stage(m_stage);
    return Diversity::TopicTree::fromSetting(
        stage->settings.value(QStringLiteral("tree")),
        stage->settings.value(QStringLiteral("root")).toString());
}

QToolButton *tst_TopicTreeEditor::button(const QString &name) const
{
    return m_editor->findChild<QToolButton *>(QStringLiteral("tree.") + name);
}

bool tst_TopicTreeEditor::generateAndWait(const QString &buttonName, QString *error)
{
    QSignalSpy finished(m_editor, &TopicTreeEditor::generationFinished);
    QToolButton *b = button(buttonName);
    if (!b || !b->isEnabled())
        return false;
    b->click();
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    *error = finished.first().at(0).toString();
    return true;
}

void tst_TopicTreeEditor::inspectorShowsTheTreeEditor()
{
    addStage();
    showInspector();
    auto *view = m_inspector->findChild<QTreeView *>(QStringLiteral("tree"));
    QVERIFY(view);
    QCOMPARE(view, m_editor->view());
    QCOMPARE(m_editor->tree().root.name, QStringLiteral("r"));
    QVERIFY(m_editor->countText().startsWith(QStringLiteral("No topics yet")));
    QVERIFY(button(QStringLiteral("generate"))->isEnabled());
    QVERIFY(!button(QStringLiteral("stop"))->isEnabled());
    // The root is renamed through the Root subject setting, and the editor follows it.
    QVERIFY(!(view->model()->flags(view->model()->index(0, 0)) & Qt::ItemIsEditable));
    m_document->undoStack()->push(new ChangeSettingCommand(
        m_document->graph(), m_stage, QStringLiteral("root"), QStringLiteral("cooking")));
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("cooking"));
    QCOMPARE(m_editor->tree().root.name, QStringLiteral("cooking"));
}

void tst_TopicTreeEditor::generateIsOneUndoStep()
{
    QVERIFY(saveProfile(m_server->url(QStringLiteral("/v1"))));
    addStage();
    showInspector();
    const int steps = m_document->undoStack()->count();
    QString error;
    QVERIFY(generateAndWait(QStringLiteral("generate"), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_server->requestCount(), 3);

    const Diversity::TopicTree tree = storedTree();
    QCOMPARE(childNames(tree, path("r")), QStringList({"r.1", "r.2"}));
    QCOMPARE(childNames(tree, path("r|r.2")), QStringList({"r.2.1", "r.2.2"}));
    QCOMPARE(m_editor->tree(), tree);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_editor->countText(), QStringLiteral("4 leaf topic(s) → 4 record(s)"));
    QVERIFY(m_editor->messageText().isEmpty());
    QVERIFY(!button(QStringLiteral("stop"))->isEnabled());

    // Generating again finds nothing missing: no request, no step.
    QVERIFY(generateAndWait(QStringLiteral("generate"), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);

    m_document->undoStack()->undo();
    QVERIFY(storedTree().root.children.isEmpty());
    QVERIFY(m_editor->tree().root.children.isEmpty());
    m_document->undoStack()->redo();
    QCOMPARE(m_editor->tree(), tree);
}

void tst_TopicTreeEditor::regenerateReplacesTheSelectedBranch()
{
    QVERIFY(saveProfile(m_server->url(QStringLiteral("/v1"))));
    addStage();
    showInspector();
    QString error;
    QVERIFY(generateAndWait(QStringLiteral("generate"), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Diversity::TopicTree before = storedTree();
    const int steps = m_document->undoStack()->count();

    m_model.setSuffix(QStringLiteral("r.1"), QStringLiteral("x"));
    QVERIFY(m_editor->select(path("r|r.1")));
    QVERIFY(generateAndWait(QStringLiteral("regenerate"), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Diversity::TopicTree after = storedTree();
    QCOMPARE(childNames(after, path("r|r.1")), QStringList({"r.1.1x", "r.1.2x"}));
    QCOMPARE(*after.node(path("r|r.2")), *before.node(path("r|r.2")));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    m_document->undoStack()->undo();
    QCOMPARE(storedTree(), before);

    // A leaf at the full depth has nothing to regenerate.
    QVERIFY(m_editor->select(path("r|r.1|r.1.1")));
    QVERIFY(!button(QStringLiteral("regenerate"))->isEnabled());
}

void tst_TopicTreeEditor::handEditsAreOneStepEach()
{
    addStage();
    showInspector();
    QTreeView *view = m_editor->view();
    QUndoStack *undo = m_document->undoStack();
    const int steps = undo->count();
    view->setFocus();
    QVERIFY(m_editor->select(path("r")));

    // Ins: a subtopic, named in place; Enter commits it as one step.
    QTest::keyClick(view, Qt::Key_Insert);
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    QVERIFY(view->viewport()->isAncestorOf(nameEditor));
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral("Alpha"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(childNames(storedTree(), path("r")), QStringList({"Alpha"}));
    QCOMPARE(undo->count(), steps + 1);

    // Shift+Ins: a topic beside it; Esc keeps the proposed name, still one step.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert, Qt::ShiftModifier);
    nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    QTest::keyClick(nameEditor, Qt::Key_Escape);
    QTRY_COMPARE(childNames(storedTree(), path("r")), QStringList({"Alpha", "New topic"}));
    QCOMPARE(undo->count(), steps + 2);

    // F2 renames.
    view->setFocus();
    QVERIFY(m_editor->select(path("r|New topic")));
    QTest::keyClick(view, Qt::Key_F2);
    nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral("Beta"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(childNames(storedTree(), path("r")), QStringList({"Alpha", "Beta"}));
    QCOMPARE(undo->count(), steps + 3);

    // A subtopic of Alpha, then Del removes Alpha with its branch.
    view->setFocus();
    QVERIFY(m_editor->select(path("r|Alpha")));
    m_editor->addChild();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(childNames(storedTree(), path("r|Alpha")), QStringList({"New topic"}));
    QCOMPARE(undo->count(), steps + 4);
    view->setFocus();
    QVERIFY(m_editor->select(path("r|Alpha")));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(childNames(storedTree(), path("r")), QStringList({"Beta"}));
    QCOMPARE(undo->count(), steps + 5);
    QCOMPARE(m_editor->countText(), QStringLiteral("1 leaf topic(s) → 1 record(s) · 1 topic(s) not "
                                                   "yet expanded to the depth"));
    // Del on the root does nothing.
    QVERIFY(m_editor->select(path("r")));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(undo->count(), steps + 5);

    // Each step undoes on its own.
    undo->undo();
    QCOMPARE(childNames(m_editor->tree(), path("r")), QStringList({"Alpha", "Beta"}));
    QCOMPARE(childNames(m_editor->tree(), path("r|Alpha")), QStringList({"New topic"}));
    undo->undo();
    QVERIFY(childNames(m_editor->tree(), path("r|Alpha")).isEmpty());
    undo->undo();
    QCOMPARE(childNames(m_editor->tree(), path("r")), QStringList({"Alpha", "New topic"}));
    undo->undo();
    undo->undo();
    QVERIFY(m_editor->tree().root.children.isEmpty());
    QCOMPARE(undo->count(), steps + 5);
}

void tst_TopicTreeEditor::badNamesAreRefused()
{
    addStage({{QStringLiteral("tree"),
               QVariantMap{
                   {QStringLiteral("name"), QStringLiteral("r")},
                   {QStringLiteral("children"),
                    QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("a")}},
                                 QVariantMap{{QStringLiteral("name"), QStringLiteral("b")}}}}}}});
    showInspector();
    const int steps = m_document->undoStack()->count();
    QTreeView *view = m_editor->view();
    view->setFocus();
    QVERIFY(m_editor->select(path("r|b")));
    QTest::keyClick(view, Qt::Key_F2);
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral(" A "));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_VERIFY2(
        m_editor->messageText().contains(QStringLiteral("already has a subtopic named “A”")),
        qPrintable(m_editor->messageText()));
    QCOMPARE(childNames(m_editor->tree(), path("r")), QStringList({"a", "b"}));
    QCOMPARE(m_document->undoStack()->count(), steps);

    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(nameEditor);
    nameEditor->selectAll();
    QTest::keyClick(nameEditor, Qt::Key_Backspace);
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_VERIFY(m_editor->messageText().contains(QStringLiteral("needs a name")));
    QCOMPARE(childNames(m_editor->tree(), path("r")), QStringList({"a", "b"}));
    QCOMPARE(m_document->undoStack()->count(), steps);
}

void tst_TopicTreeEditor::editingWorksWithoutAnyProfile()
{
    // No provider, no model, no profile on this computer: the tree is still editable.
    addStage({{QStringLiteral("provider"), QString()}, {QStringLiteral("model"), QString()}});
    showInspector();
    const int steps = m_document->undoStack()->count();
    QVERIFY(m_editor->select(path("r")));
    m_editor->addChild();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(childNames(storedTree(), path("r")), QStringList({"New topic"}));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);

    QString error;
    QVERIFY(generateAndWait(QStringLiteral("generate"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot generate")), qPrintable(error));
    QCOMPARE(m_editor->messageText(), error);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QVERIFY(button(QStringLiteral("generate"))->isEnabled());
}

void tst_TopicTreeEditor::missingProfileIsExplained()
{
    addStage({{QStringLiteral("provider"), QStringLiteral("Nowhere")}});
    showInspector();
    QString error;
    QVERIFY(generateAndWait(QStringLiteral("generate"), &error));
    QVERIFY2(error.contains(QStringLiteral("Nowhere")), qPrintable(error));
    QVERIFY(m_editor->messageText().contains(QStringLiteral("Nowhere")));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_TopicTreeEditor::rejectedKeyIsExplained()
{
    QVERIFY(saveProfile(m_server->url(QStringLiteral("/v1"))));
    addStage({{QStringLiteral("root"), QStringLiteral("locked")}});
    showInspector();
    QString error;
    QVERIFY(generateAndWait(QStringLiteral("generate"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("401")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("Loopback")));
    QCOMPARE(m_editor->messageText(), error);
    QVERIFY(storedTree().root.children.isEmpty());
}

void tst_TopicTreeEditor::malformedAnswerIsExplained()
{
    QVERIFY(saveProfile(m_server->url(QStringLiteral("/v1"))));
    addStage({{QStringLiteral("concurrency"), 1},
              {QStringLiteral("tree"),
               QVariantMap{
                   {QStringLiteral("name"), QStringLiteral("r")},
                   {QStringLiteral("children"),
                    QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("a")}},
                                 QVariantMap{{QStringLiteral("name"), QStringLiteral("bad")}}}}}}});
    showInspector();
    const int steps = m_document->undoStack()->count();
    QString error;
    QVERIFY(generateAndWait(QStringLiteral("generate"), &error));
    QVERIFY2(error.contains(QStringLiteral("“r / bad” holds no subtopics")), qPrintable(error));
    // What did arrive is kept, as one step.
    QCOMPARE(childNames(storedTree(), path("r|a")), QStringList({"a.1", "a.2"}));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
}

void tst_TopicTreeEditor::stopKeepsWhatArrived()
{
    QVERIFY(saveProfile(m_server->url(QStringLiteral("/v1"))));
    addStage({{QStringLiteral("concurrency"), 1},
              {QStringLiteral("tree"),
               QVariantMap{{QStringLiteral("name"), QStringLiteral("r")},
                           {QStringLiteral("children"),
                            QVariantList{
                                QVariantMap{{QStringLiteral("name"), QStringLiteral("a")}},
                                QVariantMap{{QStringLiteral("name"), QStringLiteral("slow")}}}}}}});
    showInspector();
    QSignalSpy finished(m_editor, &TopicTreeEditor::generationFinished);
    button(QStringLiteral("generate"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 10000); // a, then slow hangs
    QVERIFY(m_editor->isGenerating());
    QVERIFY(button(QStringLiteral("stop"))->isEnabled());
    QVERIFY(!button(QStringLiteral("generate"))->isEnabled());
    QVERIFY(!m_editor->findChild<QAction *>(QStringLiteral("tree.addChild"))->isEnabled());
    button(QStringLiteral("stop"))->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(0).toString().startsWith(QStringLiteral("Stopped")));
    QVERIFY(!m_editor->isGenerating());
    QCOMPARE(childNames(storedTree(), path("r|a")), QStringList({"a.1", "a.2"}));
    QVERIFY(childNames(storedTree(), path("r|slow")).isEmpty());
}

void tst_TopicTreeEditor::undoDuringGenerationWins()
{
    QVERIFY(saveProfile(m_server->url(QStringLiteral("/v1"))));
    addStage({{QStringLiteral("root"), QStringLiteral("slow")}});
    showInspector();
    m_editor->addChild();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(childNames(storedTree(), path("slow")), QStringList({"New topic"}));
    // Back to the root alone, and generate: the request for the root ("slow") hangs.
    m_document->undoStack()->undo();
    QSignalSpy finished(m_editor, &TopicTreeEditor::generationFinished);
    button(QStringLiteral("generate"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 10000);
    m_document->undoStack()->redo(); // the stored tree changes under the generation
    QVERIFY(!m_editor->isGenerating());
    QCOMPARE(childNames(m_editor->tree(), path("slow")), QStringList({"New topic"}));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 10000);
    QTest::qWait(0);
    QCOMPARE(childNames(storedTree(), path("slow")), QStringList({"New topic"}));
}

void tst_TopicTreeEditor::countsFollowTheEmitSetting()
{
    addStage({{QStringLiteral("depth"), 1},
              {QStringLiteral("tree"),
               QVariantMap{
                   {QStringLiteral("name"), QStringLiteral("r")},
                   {QStringLiteral("children"),
                    QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("a")},
                                             {QStringLiteral("children"),
                                              QVariantList{QStringLiteral("a1")}}},
                                 QVariantMap{{QStringLiteral("name"), QStringLiteral("b")}}}}}}});
    showInspector();
    QCOMPARE(m_editor->countText(), QStringLiteral("2 leaf topic(s) → 2 record(s)"));
    m_document->undoStack()->push(new ChangeSettingCommand(
        m_document->graph(), m_stage, QStringLiteral("emit"), QStringLiteral("nodes")));
    QCOMPARE(m_editor->countText(), QStringLiteral("3 topic(s) → 3 record(s)"));
}

int main(int argc, char **argv)
{
    // Keep settings and provider profiles away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath("data").toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("SeedbedTest");
    QApplication::setApplicationName("tst_topictreeeditor");
    tst_TopicTreeEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_topictreeeditor.moc"
