// The export dialog on a small project whose records are written with SQL: seeds → writer →
// export stage. Mapping edits reach the preview, bad targets are refused in words, a real
// export writes the file, a cancelled one leaves the previous file, choices are remembered,
// and File ▸ Export… opens it.
#include "models/export/exportoptions.h"
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "widgets/exportdialog.h"
#include "widgets/exportmappingeditor.h"
#include "widgets/mainwindow.h"
#include "widgets/templateeditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Seedbed;
using Export::ExportFormat;

namespace {

const QUuid seedId = QUuid::fromString(QStringLiteral("{40000000-0000-0000-0000-000000000001}"));
const QUuid writerId = QUuid::fromString(QStringLiteral("{40000000-0000-0000-0000-000000000002}"));
const QUuid exportId = QUuid::fromString(QStringLiteral("{40000000-0000-0000-0000-000000000003}"));

Stage stage(const QUuid &id, const QString &type, const QString &name, double x,
            const QVariantMap &settings = {})
{
    Stage s;
    s.id = id;
    s.type = type;
    s.name = name;
    s.position = QPointF(x, 0);
    s.settings = settings;
    return s;
}

QString writer()
{
    return writerId.toString(QUuid::WithoutBraces);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsFromTheExportStage();
    void mappingEditsChangeThePreview();
    void rawColumnsAndFormatChangeThePreview();
    void invalidTargetIsRejected_data();
    void invalidTargetIsRejected();
    void exportWritesTheFile();
    void enterExportsAndEscCloses();
    void filtersNarrowTheExport();
    void cancelLeavesThePreviousFile();
    void choicesAreRememberedPerProject();
    void controlsHaveBuddiesAndTakeFocus();
    void opensFromTheMainWindow();

private:
    void insertRecords(int count, int failedEvery = 0);
    std::unique_ptr<ExportDialog> makeDialog();
    bool waitPreview(ExportDialog &dialog, const std::function<void()> &change);
    bool waitExport(ExportDialog &dialog, const std::function<void()> &start);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QSettings> m_settings;
    QString m_folder;
};

void tst_ExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(m_folder));
    ProjectData data;
    data.name = QStringLiteral("Export test");
    const QVariantMap exportSettings{{QStringLiteral("format"), QStringLiteral("alpaca")},
                                     {QStringLiteral("path"), QStringLiteral("out/alpaca.jsonl")},
                                     {QStringLiteral("include"), QStringLiteral("everything")},
                                     {QStringLiteral("promptField"), QStringLiteral("question")},
                                     {QStringLiteral("responseField"), QStringLiteral("answer")}};
    data.stages = {
        stage(seedId, QStringLiteral("seed_table"), QStringLiteral("Seeds"), 0),
        stage(writerId, QStringLiteral("generate"), QStringLiteral("Writer"), 300),
        stage(exportId, QStringLiteral("export"), QStringLiteral("Export"), 600, exportSettings)};
    data.edges = {{seedId, writerId, QStringLiteral("in")},
                  {writerId, exportId, QStringLiteral("in")}};
    QFile file(QDir(m_folder).filePath(QLatin1String(ProjectFormat::fileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(ProjectFormat::serialize(data)) > 0);
    file.close();
    ProjectError error;
    m_document = ProjectDocument::open(m_folder, &error);
    QVERIFY2(m_document, qPrintable(error.message));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
}

void tst_ExportDialog::cleanup()
{
    m_settings.reset();
    m_document.reset();
    m_dir.reset();
}

// Writer records 1..count: question Qn, answer An; every failedEvery-th one failed; record 2
// rejected, record 3 tagged "gold".
void tst_ExportDialog::insertRecords(int count, int failedEvery)
{
    QSqlDatabase db = m_document->store()->database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(
        QStringLiteral("INSERT INTO records (id, stage_id, fields, status, review_state, tags) "
                       "VALUES (?, ?, ?, ?, ?, ?)")));
    for (int i = 1; i <= count; ++i) {
        const QJsonObject fields{{QStringLiteral("question"), QStringLiteral("Q%1").arg(i)},
                                 {QStringLiteral("answer"), QStringLiteral("A%1").arg(i)}};
        insert.addBindValue(i);
        insert.addBindValue(writer());
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        insert.addBindValue(failedEvery > 0 && i % failedEvery == 0 ? QStringLiteral("failed")
                                                                    : QStringLiteral("ok"));
        insert.addBindValue(i == 2 ? QStringLiteral("rejected") : QStringLiteral("unreviewed"));
        insert.addBindValue(i == 3 ? QStringLiteral("[\"gold\"]") : QStringLiteral("[]"));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(db.commit());
}

std::unique_ptr<ExportDialog> tst_ExportDialog::makeDialog()
{
    auto dialog = std::make_unique<ExportDialog>(m_document.get(), nullptr, m_settings.get());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    // The first preview and the field lists come from worker threads.
    QSignalSpy spy(dialog.get(), &ExportDialog::previewUpdated);
    if (!spy.wait(10000))
        return nullptr;
    QTest::qWait(ExportDialog::previewDelayMs * 2); // the field lists may schedule one more
    return dialog;
}

// Makes \a change and waits until the preview shows its result.
bool tst_ExportDialog::waitPreview(ExportDialog &dialog, const std::function<void()> &change)
{
    QSignalSpy spy(&dialog, &ExportDialog::previewUpdated);
    change();
    return spy.wait(10000);
}

bool tst_ExportDialog::waitExport(ExportDialog &dialog, const std::function<void()> &start)
{
    QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
    start();
    return spy.wait(30000);
}

void tst_ExportDialog::screenshot(QWidget *widget, const QString &name)
{
    // SEEDBED_SCREENSHOTS=folder keeps a picture of the dialog to look at.
    const QString shots = qEnvironmentVariable("SEEDBED_SCREENSHOTS");
    if (shots.isEmpty())
        return;
    QApplication::processEvents(); // layouts follow the last change
    QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
}

void tst_ExportDialog::startsFromTheExportStage()
{
    insertRecords(5);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    // No remembered choice: the pipeline's Export stage, its input, format and path.
    const Export::ExportOptions options = dialog->options();
    QCOMPARE(options.stageIds, QStringList{writer()});
    QCOMPARE(options.format, ExportFormat::Alpaca);
    QCOMPARE(dialog->fileName(), QStringLiteral("out/alpaca.jsonl"));
    QCOMPARE(QDir(dialog->targetFolder()).canonicalPath(), QDir(m_folder).canonicalPath());
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QVERIFY(dialog->exportButton()->isEnabled());
    const QStringList lines = dialog->previewText().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(first.value("instruction").toString(), QStringLiteral("Q1"));
    QCOMPARE(first.value("output").toString(), QStringLiteral("A1"));
    QCOMPARE(dialog->mappingEditor()->fieldNames(),
             (QStringList{QStringLiteral("answer"), QStringLiteral("question")})); // as stored
}

void tst_ExportDialog::mappingEditsChangeThePreview()
{
    insertRecords(3);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    ExportMappingEditor *mapping = dialog->mappingEditor();
    QComboBox *prompt = mapping->sourceChoice(QStringLiteral("prompt"));
    QVERIFY(prompt);

    // The answer as the instruction.
    QVERIFY(waitPreview(*dialog, [&] { prompt->setCurrentIndex(prompt->findText("answer")); }));
    QJsonObject first =
        QJsonDocument::fromJson(dialog->previewText().section('\n', 0, 0).toUtf8()).object();
    QCOMPARE(first.value("instruction").toString(), QStringLiteral("A1"));

    // A template combines fields: typed into the template editor that "Template…" shows.
    TemplateEditor *editor = mapping->templateEditor(QStringLiteral("prompt"));
    QVERIFY(editor);
    QVERIFY(!editor->isVisibleTo(dialog.get()));
    prompt->setCurrentIndex(prompt->count() - 1);
    QVERIFY(editor->isVisibleTo(dialog.get()));
    QCOMPARE(editor->toPlainText(), QStringLiteral("{{ answer }}")); // starts from the field
    QVERIFY(waitPreview(*dialog, [&] {
        editor->selectAll();
        QTest::keyClicks(editor, "Q: {{ question }} / {{ answer }}");
    }));
    // Typing is debounced: wait for the preview of the whole text.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewText().contains("Q: Q1 / A1"), 10000);
    QCOMPARE(mapping->mapping().prompt.templateText,
             QStringLiteral("Q: {{ question }} / {{ answer }}"));

    // A system message is a template of plain text.
    QComboBox *system = mapping->sourceChoice(QStringLiteral("system"));
    QVERIFY(system);
    system->setCurrentIndex(system->count() - 1);
    QVERIFY(waitPreview(*dialog, [&] {
        mapping->templateEditor(QStringLiteral("system"))->setPlainText("Be brief.");
    }));
    first = QJsonDocument::fromJson(dialog->previewText().section('\n', 0, 0).toUtf8()).object();
    QCOMPARE(first.value("system").toString(), QStringLiteral("Be brief."));
    QCOMPARE(first.value("instruction").toString(), QStringLiteral("Q: Q1 / A1"));

    // A template that does not parse is refused before it is used.
    QVERIFY(waitPreview(*dialog, [&] { editor->setPlainText("{{ question"); }));
    QVERIFY(!dialog->problem().isEmpty());
    QVERIFY(!dialog->exportButton()->isEnabled());
    screenshot(dialog.get(), QStringLiteral("export-dialog-template-error.png"));
}

void tst_ExportDialog::rawColumnsAndFormatChangeThePreview()
{
    insertRecords(3);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *format = dialog->findChild<QComboBox *>("formatChoice");
    QVERIFY(format);
    QVERIFY(waitPreview(*dialog, [&] { format->setCurrentIndex(format->findData("csv")); }));
    // The file name follows the format.
    QCOMPARE(dialog->fileName(), QStringLiteral("out/alpaca.csv"));
    QVERIFY(dialog->findChild<QCheckBox *>("bomOption")->isEnabled());
    ExportMappingEditor *mapping = dialog->mappingEditor();
    QCOMPARE(mapping->columnCount(), 0); // every field
    QCOMPARE(dialog->previewText().section('\n', 0, 0).trimmed(),
             QStringLiteral("answer,question"));

    // One column, renamed, from a template.
    QVERIFY(waitPreview(*dialog, [&] { mapping->addColumn(QStringLiteral("answer")); }));
    QCOMPARE(dialog->previewText().section('\n', 0, 0).trimmed(), QStringLiteral("answer"));
    QVERIFY(waitPreview(*dialog, [&] {
        QLineEdit *name = mapping->findChild<QLineEdit *>("column_0");
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, "pair");
    }));
    QComboBox *source = mapping->sourceChoice(QStringLiteral("0"));
    source->setCurrentIndex(source->count() - 1);
    QVERIFY(waitPreview(*dialog, [&] {
        mapping->templateEditor(QStringLiteral("0"))->setPlainText("{{ question }}={{ answer }}");
    }));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->previewText().section('\n', 0, 1),
                              QStringLiteral("pair\nQ1=A1"), 10000);

    // JSON Lines has no BOM.
    QVERIFY(waitPreview(*dialog, [&] { format->setCurrentIndex(format->findData("jsonl")); }));
    QCOMPARE(dialog->fileName(), QStringLiteral("out/alpaca.jsonl"));
    QVERIFY(!dialog->findChild<QCheckBox *>("bomOption")->isEnabled());
    QCOMPARE(QJsonDocument::fromJson(dialog->previewText().section('\n', 0, 0).toUtf8())
                 .object()
                 .value("pair")
                 .toString(),
             QStringLiteral("Q1=A1"));
}

void tst_ExportDialog::invalidTargetIsRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent") << "../outside.jsonl";
    QTest::newRow("nested parent") << "out/../../outside.jsonl";
    QTest::newRow("absolute") << "/tmp/outside.jsonl";
    QTest::newRow("reserved") << "NUL.jsonl";
    QTest::newRow("reserved folder") << "con/data.jsonl";
    QTest::newRow("empty") << "";
    QTest::newRow("bad character") << "data?.jsonl";
}

void tst_ExportDialog::invalidTargetIsRejected()
{
    QFETCH(QString, name);
    insertRecords(2);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *label = dialog->findChild<QLabel *>("problemLabel");
    QVERIFY(label);
    QVERIFY(dialog->exportButton()->isEnabled());

    dialog->findChild<QLineEdit *>("nameField")->setText(name);
    QVERIFY(!dialog->problem().isEmpty());
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), dialog->problem());
    QVERIFY(!dialog->startExport()); // not even when asked directly
    // Enter does nothing either.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(!dialog->isExporting());
    QVERIFY(!QFile::exists(QDir(m_folder).filePath("../outside.jsonl")));

    // A folder that does not exist is refused too, in words that say what to do.
    dialog->findChild<QLineEdit *>("nameField")->setText("fine.jsonl");
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QVERIFY(dialog->exportButton()->isEnabled());
    dialog->findChild<QLineEdit *>("folderField")->setText(m_dir->filePath("missing"));
    QVERIFY(dialog->problem().contains("Browse"));
    QVERIFY(!dialog->exportButton()->isEnabled());
}

void tst_ExportDialog::exportWritesTheFile()
{
    insertRecords(4);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *format = dialog->findChild<QComboBox *>("formatChoice");
    QVERIFY(
        waitPreview(*dialog, [&] { format->setCurrentIndex(format->findData("openai-chat")); }));
    dialog->findChild<QLineEdit *>("nameField")->setText("out/chat.jsonl");
    QVERIFY(waitExport(*dialog, [&] { dialog->exportButton()->click(); }));
    const Export::ExportResult result = dialog->lastResult();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, 4);
    const QString path = QDir(m_folder).filePath("out/chat.jsonl");
    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), 5); // four lines and the last newline
    QVERIFY(lines.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    const QJsonArray messages = first.value("messages").toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value("role").toString(), QStringLiteral("user"));
    QCOMPARE(messages.at(0).toObject().value("content").toString(), QStringLiteral("Q1"));
    QCOMPARE(messages.at(1).toObject().value("role").toString(), QStringLiteral("assistant"));
    QCOMPARE(messages.at(1).toObject().value("content").toString(), QStringLiteral("A1"));
    // What the preview showed is what was written.
    QCOMPARE(dialog->previewText().toUtf8(), readFile(path));

    // The result names the file and offers to show it; the dialog stays open.
    auto *resultLabel = dialog->findChild<QLabel *>("resultLabel");
    QVERIFY(resultLabel->isVisible());
    QVERIFY2(resultLabel->text().contains(
                 QDir::toNativeSeparators(QFileInfo(path).canonicalFilePath())) ||
                 resultLabel->text().contains(QDir::toNativeSeparators(path)),
             qPrintable(resultLabel->text()));
    QVERIFY(dialog->findChild<QPushButton *>("showInFolderButton")->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->closeButton()->text(), QStringLiteral("Close"));
    // The file exists now: the dialog says exporting again replaces it.
    QVERIFY(dialog->findChild<QLabel *>("problemLabel")->text().contains("replaces"));
    screenshot(dialog.get(), QStringLiteral("export-dialog.png"));

    // A failure shows the engine's message: a folder stands where the file would go.
    QVERIFY(QDir(m_folder).mkpath("out/taken.jsonl"));
    dialog->findChild<QLineEdit *>("nameField")->setText("out/taken.jsonl");
    QVERIFY(waitExport(*dialog, [&] { dialog->exportButton()->click(); }));
    QVERIFY(!dialog->lastResult().ok);
    QVERIFY(!dialog->lastResult().error.isEmpty());
    QCOMPARE(resultLabel->text(), dialog->lastResult().error);
    QVERIFY(!dialog->findChild<QPushButton *>("showInFolderButton")->isVisible());
}

void tst_ExportDialog::enterExportsAndEscCloses()
{
    insertRecords(2);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>("nameField")->setText("enter.jsonl");
    dialog->findChild<QLineEdit *>("nameField")->setFocus();
    QVERIFY(
        waitExport(*dialog, [&] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }));
    QVERIFY(dialog->lastResult().ok);
    QVERIFY(QFile::exists(QDir(m_folder).filePath("enter.jsonl")));
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void tst_ExportDialog::filtersNarrowTheExport()
{
    insertRecords(6, 5); // record 5 failed, 2 rejected, 3 tagged gold
    auto dialog = makeDialog();
    QVERIFY(dialog);
    const auto instructions = [&dialog] {
        QStringList values;
        for (const QString &line : dialog->previewText().split('\n', Qt::SkipEmptyParts))
            values.append(
                QJsonDocument::fromJson(line.toUtf8()).object().value("instruction").toString());
        return values;
    };
    QCOMPARE(instructions(), (QStringList{"Q1", "Q2", "Q3", "Q4", "Q6"}));

    auto *review = dialog->findChild<QComboBox *>("reviewFilter");
    QVERIFY(
        waitPreview(*dialog, [&] { review->setCurrentIndex(review->findData("not-rejected")); }));
    QCOMPARE(instructions(), (QStringList{"Q1", "Q3", "Q4", "Q6"}));

    QVERIFY(waitPreview(
        *dialog, [&] { dialog->findChild<QCheckBox *>("status_failed")->setChecked(true); }));
    QCOMPARE(instructions(), (QStringList{"Q1", "Q3", "Q4", "Q5", "Q6"}));

    QVERIFY(waitPreview(*dialog,
                        [&] { dialog->findChild<QLineEdit *>("tagsFilter")->setText("gold"); }));
    QCOMPARE(instructions(), QStringList{"Q3"});
    QCOMPARE(dialog->options().filters.tags, QStringList{"gold"});

    auto *tabs = dialog->findChild<QTabWidget *>("exportTabs");
    tabs->setCurrentIndex(1);
    dialog->findChild<QPushButton *>("addMinScore")->click();
    QCOMPARE(dialog->options().filters.minScores.size(), 1);
    screenshot(dialog.get(), QStringLiteral("export-dialog-filters.png"));
    tabs->setCurrentIndex(2);
    auto *splitMode = dialog->findChild<QComboBox *>("splitMode");
    splitMode->setCurrentIndex(splitMode->findData(int(Export::ExportSplit::Mode::Ratio)));
    QCOMPARE(dialog->options().split.ratios.size(), 3);
    screenshot(dialog.get(), QStringLiteral("export-dialog-splits.png"));

    // No status at all is refused rather than read as "any".
    dialog->findChild<QLineEdit *>("tagsFilter")->clear();
    for (const char *status : {"status_ok", "status_failed"})
        dialog->findChild<QCheckBox *>(status)->setChecked(false);
    QVERIFY(dialog->problem().contains("status"));
    QVERIFY(!dialog->exportButton()->isEnabled());
}

void tst_ExportDialog::cancelLeavesThePreviousFile()
{
    insertRecords(30000);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    const QString path = QDir(m_folder).filePath("out/alpaca.jsonl");
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous\n");
    }
    QVERIFY(waitExport(*dialog, [&] {
        QVERIFY(dialog->startExport());
        QVERIFY(dialog->isExporting());
        QCOMPARE(dialog->closeButton()->text(), QStringLiteral("Cancel"));
        QVERIFY(!dialog->exportButton()->isEnabled());
        // Esc cancels the export and keeps the dialog.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
    }));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->lastResult().cancelled);
    QVERIFY(!dialog->lastResult().ok);
    QCOMPARE(readFile(path), QByteArray("previous\n"));
    // No temporary file left beside it.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{"alpaca.jsonl"});
    QVERIFY(dialog->findChild<QLabel *>("resultLabel")->text().contains("cancelled"));
    QVERIFY(dialog->exportButton()->isEnabled());
}

void tst_ExportDialog::choicesAreRememberedPerProject()
{
    insertRecords(2);
    {
        auto dialog = makeDialog();
        QVERIFY(dialog);
        auto *source = dialog->findChild<QComboBox *>("sourceChoice");
        source->setCurrentIndex(source->findText("Writer"));
        auto *format = dialog->findChild<QComboBox *>("formatChoice");
        format->setCurrentIndex(format->findData("sharegpt"));
        dialog->findChild<QLineEdit *>("nameField")->setText("kept/share.jsonl");
        dialog->findChild<QCheckBox *>("thinkOption")->setChecked(true);
        auto *review = dialog->findChild<QComboBox *>("reviewFilter");
        review->setCurrentIndex(review->findData("accepted"));
        dialog->reject(); // closing remembers
    }
    auto dialog = makeDialog();
    QVERIFY(dialog);
    const Export::ExportOptions options = dialog->options();
    QCOMPARE(options.format, ExportFormat::ShareGpt);
    QCOMPARE(options.stageIds, QStringList{writer()});
    QVERIFY(options.includeReasoning);
    QCOMPARE(options.filters.review, Export::ExportFilters::Review::Accepted);
    QCOMPARE(dialog->fileName(), QStringLiteral("kept/share.jsonl"));
    QCOMPARE(dialog->findChild<QComboBox *>("sourceChoice")->currentText(),
             QStringLiteral("Writer"));

    // Nothing of it is stored for another project.
    const QStringList groups = [this] {
        m_settings->beginGroup("export");
        const QStringList g = m_settings->childGroups();
        m_settings->endGroup();
        return g;
    }();
    QCOMPARE(groups.size(), 1);
}

void tst_ExportDialog::controlsHaveBuddiesAndTakeFocus()
{
    insertRecords(2);
    auto dialog = makeDialog();
    QVERIFY(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    // Every label with a mnemonic leads to its control.
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text().contains('&') && !label->text().contains("&&"))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    // No two visible controls share a mnemonic, on any tab.
    auto *tabs = dialog->findChild<QTabWidget *>("exportTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QStringList texts;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->isVisible())
                texts.append(label->text());
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            if (button->isVisible())
                texts.append(button->text());
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        QHash<QChar, QString> seen;
        for (const QString &text : texts) {
            const qsizetype at = text.indexOf(QRegularExpression("&[^&]"));
            if (at < 0)
                continue;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!seen.contains(key),
                     qPrintable(QString("%1 and %2").arg(seen.value(key), text)));
            seen.insert(key, text);
        }
    }
    tabs->setCurrentIndex(0);

    // Tab reaches the main controls, in a loop.
    dialog->findChild<QComboBox *>("sourceChoice")->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 60; ++i) {
        if (QWidget *focus = QApplication::focusWidget())
            reached.insert(focus->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const char *name :
         {"sourceChoice", "formatChoice", "thinkOption", "folderField", "browseButton", "nameField",
          "exportButton", "closeButton", "source_prompt", "previewText"})
        QVERIFY2(reached.contains(name), name);
    // Alt+N goes to the file name.
    QTest::keyClick(dialog.get(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameField"));
}

void tst_ExportDialog::opensFromTheMainWindow()
{
    insertRecords(2);
    m_document.reset(); // the window opens it
    MainWindow window;
    QAction *action = window.findChild<QAction *>("exportAction");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!action->isEnabled()); // no project
    bool found = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            found = menu->text().remove('&') == QStringLiteral("File");
    }
    QVERIFY(found);

    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openProject(m_folder);
    QVERIFY(opened.wait(30000));
    QVERIFY(opened.first().first().toBool());
    QVERIFY(action->isEnabled());

    QString shownFile;
    QTimer::singleShot(0, this, [&shownFile] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownFile = dialog->fileName();
        dialog->reject();
    });
    action->trigger();
    QCOMPARE(shownFile, QStringLiteral("out/alpaca.jsonl"));
}

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeedbedTest"));
    QApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    tst_ExportDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportdialog.moc"
