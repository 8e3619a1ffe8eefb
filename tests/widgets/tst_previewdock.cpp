// The Preview dock against a loopback model: seed table → generate → judge → rule filter, the
// generator's answers streamed in pieces, the judge scoring them. Also the board fed by hand
// (the colours of the badges) and the main window's Preview dock following the selection.
#include "models/llm/profilestore.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "widgets/canvasscene.h"
#include "widgets/mainwindow.h"
#include "widgets/previewboard.h"
#include "widgets/previewcard.h"
#include "widgets/previewdock.h"
#include "widgets/stageitem.h"

#include "../models/llm/loopbackserver.h"
#include "../models/llm/openaiwire.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

using namespace Seedbed;
using namespace Seedbed::Test;

namespace {

const QUuid seedId = QUuid::fromString(QStringLiteral("{20000000-0000-0000-0000-000000000001}"));
const QUuid generateId =
    QUuid::fromString(QStringLiteral("{20000000-0000-0000-0000-000000000002}"));
const QUuid judgeId = QUuid::fromString(QStringLiteral("{20000000-0000-0000-0000-000000000003}"));
const QUuid filterId = QUuid::fromString(QStringLiteral("{20000000-0000-0000-0000-000000000004}"));
const QUuid generatorTemplate =
    QUuid::fromString(QStringLiteral("{20000000-0000-0000-0000-0000000000a1}"));
const QUuid judgeTemplate =
    QUuid::fromString(QStringLiteral("{20000000-0000-0000-0000-0000000000a2}"));

Stage stage(const QUuid &id, const QString &type, const QString &name, const QVariantMap &settings,
            double x)
{
    Stage s;
    s.id = id;
    s.type = type;
    s.name = name;
    s.settings = settings;
    s.position = QPointF(x, 0);
    return s;
}

// seed (questions) → generate → judge (1..10, threshold 5) → rule filter (answers of 3+ chars)
ProjectData pipeline(const QStringList &questions)
{
    ProjectData p;
    p.name = "Preview test";
    QVariantList rows;
    for (const QString &q : questions)
        rows.append(QVariantMap{{"question", q}});
    p.stages = {stage(seedId, "seed_table", "Seeds", {{"rows", rows}}, 0),
                stage(generateId, "generate", "Writer",
                      {{"template", generatorTemplate.toString()},
                       {"provider", "Loopback"},
                       {"model", "model-a"},
                       {"outputFormat", "text"},
                       {"outputFields", QStringList{"answer"}},
                       {"samplesPerInput", 1},
                       {"temperature", 0.7},
                       {"maxTokens", 100},
                       {"concurrency", 4}},
                      300),
                stage(judgeId, "judge", "Judge",
                      {{"template", judgeTemplate.toString()},
                       {"provider", "Loopback"},
                       {"model", "judge-model"},
                       {"rubric", "Be right."},
                       {"scaleMax", 10},
                       {"threshold", 5.0},
                       {"temperature", 0.0},
                       {"maxTokens", 50},
                       {"concurrency", 4}},
                      600),
                stage(filterId, "rule_filter", "Filter",
                      {{"field", "answer"}, {"minChars", 3}, {"maxChars", 1000}}, 900)};
    p.edges = {{seedId, generateId, "in"}, {generateId, judgeId, "in"}, {judgeId, filterId, "in"}};
    PromptTemplate generator;
    generator.id = generatorTemplate;
    generator.name = "Writer";
    generator.user = "Answer: {{ question }}";
    PromptVersion v1;
    v1.number = 1;
    v1.note = "terse";
    v1.user = "Answer tersely: {{ question }}";
    generator.versions = {v1};
    PromptTemplate judge;
    judge.id = judgeTemplate;
    judge.name = "Judge";
    judge.system = "Score from 1 to {{ scale_max }}. {{ rubric }}";
    judge.user = "Rate: {{ answer }}";
    p.templates = {generator, judge};
    return p;
}

QJsonObject body(const ReceivedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString lastUserMessage(const ReceivedRequest &r)
{
    const QJsonArray messages = body(r).value("messages").toArray();
    return messages.last().toObject().value("content").toString();
}

// The generator answers "Answer to <question>" in three pieces ("<model>: …" for other models
// than model-a); a question "fail" gets a 401, "html" an answer with markup. The judge gives
// 8, or 4 to answers from model-b, with its reason.
Script defaultReply(const ReceivedRequest &r)
{
    const QString prompt = lastUserMessage(r);
    const QString model = body(r).value("model").toString();
    if (prompt.startsWith("Rate: ")) {
        const int score = prompt.contains("model-b") ? 4 : 8;
        const QString answer = QString::fromUtf8(
            json({{"score", score}, {"reason", QStringLiteral("because %1").arg(score)}}));
        return streamed(openAiStream({answer}));
    }
    const QString question = prompt.section(": ", 1);
    if (question == "fail")
        return Script().write(fullResponse(
            401, "Unauthorized", R"({"error":{"message":"Incorrect API key provided"}})"));
    if (question == "html")
        return streamed(openAiStream({"<b>bold</b> ", "<|im_start|>user ", "&amp; done"}));
    const QString prefix = model == "model-a" ? QString() : model + ": ";
    return streamed(openAiStream({prefix + "Answer ", "to ", question}), {}, 0);
}

bool saveProfile(const QUrl &url)
{
    Llm::ProfileStore store;
    store.load();
    Llm::ProviderProfile profile;
    profile.name = "Loopback";
    profile.baseUrl = url;
    profile.models = {"model-a", "model-b", "judge-model"};
    profile.maxAttempts = 1;
    profile.maxConcurrency = 8;
    return !store.add(profile).isEmpty();
}

QString labelText(const QWidget *parent, const QString &name)
{
    const auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

} // namespace

class tst_PreviewDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewStreamsCardsWithScores();
    void previewAgainComesFromTheCache();
    void abShowsTwoColumnsWithTheirMeans();
    void stopStops();
    void failedRequestSaysWhyInItsCard();
    void htmlIsShownAsWritten();
    void stageWithoutModelShowsHint();
    void missingProfileIsExplained();
    void randomRowsKeepTheirSeedOnSameRows();
    void boardFedByHand();
    void badgeColoursReadInLightAndDark();
    void mainWindowDockFollowsSelection();

private:
    void openProject(const QStringList &questions,
                     LoopbackServer::Responder responder = defaultReply);
    bool previewAndWait(int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<PreviewDock> m_dock;
};

void tst_PreviewDock::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_PreviewDock::init()
{
    QSettings().clear();
    QFile::remove(Llm::ProfileStore::defaultPath());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PreviewDock::cleanup()
{
    m_dock.reset();
    m_document.reset();
    m_server.reset();
    m_dir.reset();
    QFile::remove(Llm::ProfileStore::defaultPath());
}

void tst_PreviewDock::openProject(const QStringList &questions, LoopbackServer::Responder responder)
{
    m_server = std::make_unique<LoopbackServer>(std::move(responder));
    QVERIFY(saveProfile(m_server->url("/v1")));
    const QString folder = m_dir->filePath("project");
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(ProjectFormat::fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(ProjectFormat::serialize(pipeline(questions))) > 0);
    file.close();
    ProjectError error;
    m_document = ProjectDocument::open(folder, &error);
    QVERIFY2(m_document, qPrintable(error.message));
    m_dock = std::make_unique<PreviewDock>();
    m_dock->resize(900, 700);
    m_dock->setDocument(m_document.get());
    m_dock->setStage(generateId);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
}

bool tst_PreviewDock::previewAndWait(int timeoutMs)
{
    QSignalSpy finished(m_dock.get(), &PreviewDock::previewFinished);
    m_dock->previewAction()->trigger();
    return !finished.isEmpty() || finished.wait(timeoutMs); // at once when it cannot start
}

void tst_PreviewDock::previewStreamsCardsWithScores()
{
    openProject({"q1", "q2", "q3"});
    QVERIFY(m_dock->previewAction()->isEnabled());
    QVERIFY(!m_dock->stopAction()->isEnabled());
    QCOMPARE(m_dock->findChild<QSpinBox *>("rowsSpin")->value(), 5);

    // Ctrl+Return in the dock previews.
    QSignalSpy finished(m_dock.get(), &PreviewDock::previewFinished);
    QApplication::setActiveWindow(m_dock.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
    QTest::keyClick(m_dock->findChild<QSpinBox *>("rowsSpin"), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_dock->isBusy());
    QVERIFY(finished.wait(20000));

    const PreviewBoard *board = m_dock->board();
    QCOMPARE(board->cardCount(), 3); // the source has three rows
    QCOMPARE(board->columnCount(), 1);
    for (int i = 0; i < 3; ++i) {
        const PreviewCard *card = board->card(i);
        QCOMPARE(card->text(), QStringLiteral("Answer to q%1").arg(i + 1));
        QCOMPARE(labelText(card, "rowLabel"), QStringLiteral("row %1").arg(i + 1));
        QCOMPARE(labelText(card, "stateLabel"), QString("done"));
        const auto *badge = card->findChild<QLabel *>("scoreBadge");
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QString("8 / 10"));
        QCOMPARE(labelText(card, "verdictLabel"), QString("kept"));
        QCOMPARE(labelText(card, "rationaleLabel"), QString("because 8"));
        QVERIFY(!card->findChild<QLabel *>("rationaleLabel")->isVisible()); // on expand
        card->findChild<QToolButton *>("rationaleToggle")->click();
        QVERIFY(card->findChild<QLabel *>("rationaleLabel")->isVisible());
        QVERIFY(labelText(card, "usageLabel").contains("tokens"));
        QVERIFY(!card->findChild<QLabel *>("cachedLabel")->isVisible());
        QVERIFY(card->findChild<QToolButton *>("inputToggle")->text().contains("q"));
    }
    const QString stats = labelText(board, "columnStats");
    QVERIFY2(stats.contains("mean score 8 / 10"), qPrintable(stats));
    QVERIFY2(stats.contains("pass rate 100%"), qPrintable(stats));
    QVERIFY2(stats.contains("mean length 12 chars"), qPrintable(stats)); // "Answer to q1"
    QCOMPARE(labelText(m_dock.get(), "statusLabel"),
             QString("3 of 3 done · 6 calls · 0 from cache"));
    QVERIFY(!m_dock->isBusy());
    QVERIFY(!m_dock->stopAction()->isEnabled());
}

void tst_PreviewDock::previewAgainComesFromTheCache()
{
    openProject({"q1", "q2"});
    QVERIFY(previewAndWait());
    const int requests = m_server->requestCount();
    QCOMPARE(requests, 4);
    QVERIFY(previewAndWait());
    QCOMPARE(m_server->requestCount(), requests); // nothing paid twice
    QCOMPARE(labelText(m_dock.get(), "statusLabel"),
             QString("2 of 2 done · 0 calls · 4 from cache"));
    const PreviewCard *card = m_dock->board()->card(0);
    QVERIFY(card->findChild<QLabel *>("cachedLabel")->isVisible());
    QCOMPARE(card->text(), QString("Answer to q1"));
    QCOMPARE(card->findChild<QLabel *>("scoreBadge")->text(), QString("8 / 10"));
}

void tst_PreviewDock::abShowsTwoColumnsWithTheirMeans()
{
    openProject({"q1", "q2", "q3"});
    auto *toggle = m_dock->findChild<QToolButton *>("abToggle");
    QVERIFY(!m_dock->findChild<QWidget *>("variantB")->isVisible());
    toggle->click();
    QVERIFY(m_dock->findChild<QWidget *>("variantB")->isVisible());
    auto *versions = m_dock->findChild<QComboBox *>("versionCombo");
    QCOMPARE(versions->count(), 2);
    QCOMPARE(versions->itemText(0), QString("Current text"));
    QCOMPARE(versions->itemText(1), QString("Version 1: terse"));
    m_dock->findChild<QLineEdit *>("modelEdit")->setText("model-b");
    m_dock->findChild<QDoubleSpinBox *>("temperatureSpin")->setValue(0.2);
    QVERIFY(previewAndWait());

    const PreviewBoard *board = m_dock->board();
    QCOMPARE(board->columnCount(), 2);
    QCOMPARE(board->cardCount(), 6);
    const QWidget *a = board->findChild<QWidget *>("columnHeader0");
    const QWidget *b = board->findChild<QWidget *>("columnHeader1");
    QVERIFY(a && b);
    QCOMPARE(labelText(a, "columnTitle"), QString("A · the stage as it is"));
    QCOMPARE(labelText(b, "columnTitle"), QString("B · model model-b and temperature 0.2"));
    QVERIFY2(labelText(a, "columnStats").startsWith("mean score 8 / 10 · pass rate 100%"),
             qPrintable(labelText(a, "columnStats")));
    QVERIFY2(labelText(b, "columnStats").startsWith("mean score 4 / 10 · pass rate 0%"),
             qPrintable(labelText(b, "columnStats")));
    // The same rows side by side.
    for (int i = 0; i < 3; ++i) {
        const PreviewCard *left = board->card(i);
        const PreviewCard *right = board->card(i + 3);
        QCOMPARE(labelText(left, "rowLabel"), labelText(right, "rowLabel"));
        QCOMPARE(left->y(), right->y());
        QVERIFY(left->x() < right->x());
        QCOMPARE(right->text(), QStringLiteral("model-b: Answer to q%1").arg(i + 1));
        QCOMPARE(right->findChild<QLabel *>("scoreBadge")->text(), QString("4 / 10"));
        QVERIFY(labelText(right, "verdictLabel").startsWith("dropped"));
    }
    // B's request had its own model and temperature.
    bool sawB = false;
    for (const ReceivedRequest &r : m_server->requests()) {
        if (body(r).value("model").toString() == "model-b") {
            QCOMPARE(body(r).value("temperature").toDouble(), 0.2);
            sawB = true;
        }
    }
    QVERIFY(sawB);

    // A saved version for B: its text is what B sends.
    versions->setCurrentIndex(1);
    m_dock->findChild<QLineEdit *>("modelEdit")->clear();
    m_dock->findChild<QDoubleSpinBox *>("temperatureSpin")->setValue(-0.1); // "as A"
    QVERIFY(previewAndWait());
    QCOMPARE(labelText(board->findChild<QWidget *>("columnHeader1"), "columnTitle"),
             QString("B · prompt version 1"));
    bool sawTerse = false;
    for (const ReceivedRequest &r : m_server->requests())
        sawTerse = sawTerse || lastUserMessage(r).startsWith("Answer tersely: ");
    QVERIFY(sawTerse);
}

void tst_PreviewDock::stopStops()
{
    // The generator answers one piece, then never finishes.
    openProject({"q1", "q2"}, [](const ReceivedRequest &) {
        Script script;
        script.write(streamHead());
        script.write(chunked(openAiEvent(R"({"role":"assistant","content":""})")));
        script.write(chunked(openAiEvent(contentDelta("Half an "))));
        script.hang();
        return script;
    });
    m_dock->previewAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_dock->board()->cardCount() == 2 &&
                                 m_dock->board()->card(0)->text() == "Half an " &&
                                 m_dock->board()->card(1)->text() == "Half an ",
                             10000);
    QVERIFY(labelText(m_dock->board()->card(0), "stateLabel").contains("streaming"));
    QVERIFY(m_dock->stopAction()->isEnabled());

    QSignalSpy finished(m_dock.get(), &PreviewDock::previewFinished);
    QApplication::setActiveWindow(m_dock.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
    QTest::keyClick(m_dock->findChild<QSpinBox *>("rowsSpin"), Qt::Key_Escape); // Esc in the dock
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QVERIFY(!m_dock->isBusy());
    QVERIFY(!m_dock->stopAction()->isEnabled());
    for (int i = 0; i < 2; ++i) {
        const PreviewCard *card = m_dock->board()->card(i);
        QCOMPARE(labelText(card, "stateLabel"), QString("failed"));
        QCOMPARE(labelText(card, "errorLabel"), QString("Stopped."));
        QCOMPARE(card->text(), QString("Half an ")); // what came stays
    }
    QTRY_COMPARE(m_server->abandoned(), 2); // the requests were dropped
}

void tst_PreviewDock::failedRequestSaysWhyInItsCard()
{
    openProject({"q1", "fail", "q3"});
    QVERIFY(previewAndWait());
    const PreviewBoard *board = m_dock->board();
    QCOMPARE(board->cardCount(), 3);
    const PreviewCard *failed = board->card(1);
    QCOMPARE(labelText(failed, "stateLabel"), QString("failed"));
    const auto *error = failed->findChild<QLabel *>("errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("401"), qPrintable(error->text()));
    QVERIFY(!failed->findChild<QLabel *>("scoreBadge")->isVisible());
    // Its neighbours are fine, and the figures say one failed.
    QCOMPARE(labelText(board->card(0), "stateLabel"), QString("done"));
    QVERIFY(!board->card(0)->findChild<QLabel *>("errorLabel")->isVisible());
    QCOMPARE(board->card(2)->findChild<QLabel *>("scoreBadge")->text(), QString("8 / 10"));
    QVERIFY2(labelText(board, "columnStats").contains("1 failed"),
             qPrintable(labelText(board, "columnStats")));
    // The failed card's colour is a red in this palette.
    const QColor red = error->palette().color(error->foregroundRole());
    QVERIFY2(red.red() > red.green() + 60, qPrintable(red.name()));
}

void tst_PreviewDock::htmlIsShownAsWritten()
{
    openProject({"html", "<i>tag</i> & co"});
    QVERIFY(previewAndWait());
    const PreviewCard *card = m_dock->board()->card(0);
    const QString written = "<b>bold</b> <|im_start|>user &amp; done";
    QCOMPARE(card->text(), written);
    const auto *view = card->findChild<QTextEdit *>("sampleText");
    QCOMPARE(view->toPlainText(), written); // markup would have been eaten by rich text
    QVERIFY(!view->toHtml().contains("<b>bold</b>"));
    // The input row, too: plain text, and the & is not a mnemonic.
    const PreviewCard *second = m_dock->board()->card(1);
    const auto *input = second->findChild<QLabel *>("inputLabel");
    QCOMPARE(input->textFormat(), Qt::PlainText);
    QCOMPARE(input->text(), QString("question: <i>tag</i> & co"));
    QCOMPARE(second->findChild<QToolButton *>("inputToggle")->text(),
             QString("question: <i>tag</i> && co"));
    for (const QLabel *label : card->findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

void tst_PreviewDock::stageWithoutModelShowsHint()
{
    openProject({"q1"});
    const auto *hint = m_dock->findChild<QLabel *>("hintLabel");
    QVERIFY(!hint->isVisible());
    QSignalSpy can(m_dock.get(), &PreviewDock::canPreviewChanged);
    m_dock->setStage(filterId);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains("“Filter”") && hint->text().contains("calls no model"),
             qPrintable(hint->text()));
    QVERIFY(!m_dock->previewAction()->isEnabled());
    QVERIFY(!m_dock->findChild<QToolButton *>("previewButton")->isEnabled());
    QCOMPARE(can.size(), 1);
    m_dock->previewAction()->trigger(); // disabled: nothing happens
    m_dock->preview();                  // nor when called
    QVERIFY(!m_dock->isBusy());
    QCOMPARE(m_server->requestCount(), 0);

    m_dock->setStage(QUuid());
    QVERIFY(hint->text().contains("Select a generate or judge stage"));
    m_dock->setStage(judgeId); // a judge can be previewed too
    QVERIFY(!hint->isVisible());
    QVERIFY(m_dock->previewAction()->isEnabled());
    m_dock->setDocument(nullptr);
    QVERIFY(hint->text().contains("Open a project"));
    QVERIFY(!m_dock->previewAction()->isEnabled());
}

void tst_PreviewDock::missingProfileIsExplained()
{
    openProject({"q1"});
    QFile::remove(Llm::ProfileStore::defaultPath());
    QSignalSpy settings(m_dock.get(), &PreviewDock::providerSettingsRequested);
    QVERIFY(previewAndWait(5000));
    const auto *problems = m_dock->findChild<QWidget *>("problems");
    QVERIFY(problems->isVisible());
    const QString text = labelText(problems, "problemLabel");
    QVERIFY2(text.contains("“Writer” uses the provider profile “Loopback”"), qPrintable(text));
    QVERIFY(text.contains("“Judge”")); // the judge after it needs it too
    m_dock->findChild<QPushButton *>("providerSettingsButton")->click();
    QCOMPARE(settings.size(), 1);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!m_dock->isBusy());
}

void tst_PreviewDock::randomRowsKeepTheirSeedOnSameRows()
{
    QStringList questions;
    for (int i = 1; i <= 30; ++i)
        questions.append(QStringLiteral("q%1").arg(i));
    openProject(questions);
    m_dock->findChild<QSpinBox *>("rowsSpin")->setValue(3);
    m_dock->findChild<QComboBox *>("rowChoice")->setCurrentIndex(1);
    auto *sameRows = m_dock->findChild<QPushButton *>("sameRowsButton");
    QVERIFY(sameRows->isVisible());
    QVERIFY(!sameRows->isEnabled()); // nothing drawn yet
    QVERIFY(previewAndWait());
    const quint32 seed = m_dock->seed();
    QVERIFY(seed != 0);
    QCOMPARE(m_dock->engine()->options().seed, seed);
    QVERIFY(m_dock->engine()->options().randomRows);
    QCOMPARE(labelText(m_dock.get(), "seedLabel"), QStringLiteral("seed %1").arg(seed));
    QStringList rows;
    for (int i = 0; i < 3; ++i)
        rows.append(labelText(m_dock->board()->card(i), "rowLabel"));

    QVERIFY(sameRows->isEnabled());
    QSignalSpy finished(m_dock.get(), &PreviewDock::previewFinished);
    sameRows->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_dock->seed(), seed);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(labelText(m_dock->board()->card(i), "rowLabel"), rows.at(i));
    QCOMPARE(labelText(m_dock.get(), "statusLabel"),
             QString("3 of 3 done · 0 calls · 6 from cache"));

    QVERIFY(previewAndWait()); // a new draw
    QVERIFY(m_dock->seed() != seed);
}

void tst_PreviewDock::boardFedByHand()
{
    // The seam the dock relays the engine through: samples in, cards out.
    PreviewBoard board;
    board.resize(600, 400);
    QList<Run::PreviewSample> samples;
    for (int i = 0; i < 100; ++i) {
        Run::PreviewSample s;
        s.row = i;
        s.rowLabel = QStringLiteral("row %1").arg(i + 1);
        s.input = {{"question", QStringLiteral("q%1").arg(i)}};
        s.scaleMax = 1; // a pass/fail judge
        samples.append(s);
    }
    board.reset(samples, {QString()});
    board.show();
    QCOMPARE(board.cardCount(), 100);
    QCOMPARE(labelText(board.card(0), "stateLabel"), QString("waiting"));

    // Streaming: text is appended piece by piece.
    Run::PreviewSample s = samples.at(7);
    s.state = Run::PreviewSample::State::Streaming;
    for (const QString piece : {"Hel", "lo, ", "world"}) {
        s.text += piece;
        board.setSample(7, s);
    }
    QCOMPARE(board.card(7)->text(), QString("Hello, world"));
    QVERIFY(labelText(board.card(7), "stateLabel").endsWith("streaming"));
    s.text = "Replaced"; // not a continuation: the text is set anew
    board.setSample(7, s);
    QCOMPARE(board.card(7)->text(), QString("Replaced"));

    s.state = Run::PreviewSample::State::Done;
    s.score = 1;
    s.passed = true;
    s.kept = false;
    s.filterReasons = {"too short", "no question mark"};
    s.cached = true;
    board.setSample(7, s);
    QCOMPARE(labelText(board.card(7), "scoreBadge"), QString("pass"));
    QCOMPARE(labelText(board.card(7), "verdictLabel"),
             QString("dropped: too short; no question mark"));
    QVERIFY(board.card(7)->findChild<QLabel *>("cachedLabel")->isVisible());

    s.state = Run::PreviewSample::State::Dropped;
    s.error = "the filter “Short” removed its input";
    s.text.clear();
    board.setSample(7, s);
    QCOMPARE(labelText(board.card(7), "stateLabel"), QString("dropped upstream"));
    QVERIFY(board.card(7)->findChild<QLabel *>("errorLabel")->isVisible());

    Run::PreviewStats stats;
    stats.samples = 100;
    stats.finished = 4;
    stats.failed = 1;
    stats.meanScore = 0.75;
    stats.passRate = 0.5;
    stats.meanLength = 120.4;
    stats.tokensPerSample = 33.5;
    stats.costPerSample = {{"USD", 0.00012}};
    board.setStats(0, stats);
    QCOMPARE(labelText(&board, "columnStats"),
             QString("mean score 0.75 / 1 · pass rate 50% · mean length 120 chars · 34 "
                     "tokens/sample · 0.00012 USD/sample · 1 failed"));

    // Side by side, a long input row does not widen its column.
    QList<Run::PreviewSample> pair(2);
    pair[0].input = {{"question", QString(400, QLatin1Char('x'))}};
    pair[1].variant = 1;
    board.reset(pair, {"A", "B"});
    QTRY_VERIFY(board.card(1)->isVisible());
    QVERIFY(qAbs(board.card(0)->width() - board.card(1)->width()) <= 1);
    QVERIFY(board.card(1)->geometry().right() < board.width());
    QVERIFY(board.card(0)->findChild<QToolButton *>("inputToggle")->text().endsWith("…"));

    board.clear("Nothing yet");
    QCOMPARE(board.cardCount(), 0);
    QCOMPARE(labelText(&board, "placeholder"), QString("Nothing yet"));
}

void tst_PreviewDock::badgeColoursReadInLightAndDark()
{
    // Amounts of a preview are fractions of a cent.
    QCOMPARE(PreviewCard::formatAmount(0), QString("0"));
    QCOMPARE(PreviewCard::formatAmount(0.00012), QString("0.00012"));
    QCOMPARE(PreviewCard::formatAmount(0.0001), QString("0.0001"));
    QCOMPARE(PreviewCard::formatAmount(0.5), QString("0.50"));
    QCOMPARE(PreviewCard::formatAmount(1234.5), QString("1,234.50"));

    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    for (const QPalette &palette : {light, dark}) {
        const auto [low, lowText] = PreviewCard::badgeColours(0.1, palette);
        const auto [mid, midText] = PreviewCard::badgeColours(0.5, palette);
        const auto [high, highText] = PreviewCard::badgeColours(1.0, palette);
        QVERIFY(low.red() > low.green());                            // red
        QVERIFY(high.green() > high.red());                          // green
        QVERIFY(mid.red() > mid.blue() && mid.green() > mid.blue()); // amber
        for (const auto &[background, text] :
             {std::pair{low, lowText}, std::pair{mid, midText}, std::pair{high, highText}}) {
            // Text and badge far apart in lightness: readable.
            QVERIFY2(std::abs(background.lightness() - text.lightness()) > 110,
                     qPrintable(background.name() + " " + text.name()));
        }
        const bool isDark = palette.color(QPalette::Base).lightness() < 128;
        QCOMPARE(high.lightness() < 128, isDark); // the badge sits well on its card
    }
}

void tst_PreviewDock::mainWindowDockFollowsSelection()
{
    m_server = std::make_unique<LoopbackServer>(defaultReply);
    QVERIFY(saveProfile(m_server->url("/v1")));
    const QString folder = m_dir->filePath("window");
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(ProjectFormat::fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(ProjectFormat::serialize(pipeline({"q1", "q2"}))) > 0);
    file.close();

    MainWindow window;
    window.show();
    auto *dock = window.findChild<QDockWidget *>("previewDock");
    QVERIFY(dock);
    QCOMPARE(dock->widget(), window.previewDock());
    QAction *preview = window.findChild<QAction *>("previewAction");
    QVERIFY(preview);
    QCOMPARE(preview->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    bool inRunMenu = false;
    bool inViewMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            inRunMenu = inRunMenu || (menu->text() == "&Run" && item == preview);
            inViewMenu =
                inViewMenu || (menu->text() == "&View" && item == dock->toggleViewAction());
        }
    }
    QVERIFY(inRunMenu);
    QVERIFY(inViewMenu);
    QVERIFY(!preview->isEnabled()); // no project

    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openProject(folder);
    QVERIFY(opened.wait(30000));
    QVERIFY(opened.first().first().toBool());
    QVERIFY(!preview->isEnabled()); // nothing selected

    window.scene()->stageItem(seedId)->setSelected(true);
    QCOMPARE(window.previewDock()->stage(), seedId);
    QVERIFY(!preview->isEnabled());
    window.scene()->clearSelection();
    window.scene()->stageItem(generateId)->setSelected(true);
    QCOMPARE(window.previewDock()->stage(), generateId);
    QVERIFY(preview->isEnabled());

    dock->hide();
    QSignalSpy finished(window.previewDock(), &PreviewDock::previewFinished);
    preview->trigger(); // from the menu: the dock shows itself
    QVERIFY(dock->isVisible());
    QVERIFY(finished.wait(20000));
    QCOMPARE(window.previewDock()->board()->cardCount(), 2);
    QCOMPARE(window.previewDock()->board()->card(1)->text(), QString("Answer to q2"));

    QVERIFY(window.closeProject());
    QVERIFY(!preview->isEnabled());
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
    QApplication::setApplicationName("tst_previewdock");
    tst_PreviewDock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewdock.moc"
