#include "models/graphcommands.h"
#include "models/pipelinegraph.h"
#include "models/pipelinevalidator.h"
#include "models/projectdocument.h"
#include "models/stageregistry.h"
#include "widgets/inspectorwidget.h"
#include "widgets/schemaeditor.h"
#include "widgets/settingeditors.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Seedbed;

namespace {
SettingEditor *editorFor(const InspectorWidget &inspector, const QString &key)
{
    for (SettingEditor *editor : inspector.findChildren<SettingEditor *>()) {
        if (editor->key() == key)
            return editor;
    }
    return nullptr;
}
} // namespace

class tst_Inspector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsHintWithoutStage();
    void oneEditorPerSetting_data();
    void oneEditorPerSetting();
    void integerEditPushesOneCommand();
    void undoRestoresValueInEditor();
    void realEditStoresDouble();
    void booleanEditStoresBool();
    void choiceEditStoresValue();
    void stringCommitsOnEnterAsOneStep();
    void stringCommitsAfterPause();
    void stringListCommitsLines();
    void textCommitsOnFocusOut();
    void outputSchemaUsesSchemaEditor();
    void externalChangeKeepsCursor();
    void tableAddRowAndEditCell();
    void tableAddColumn();
    void templateChoices();
    void renameIsOneUndoStep();
    void emptyNameIsRejected();
    void showsOutOfRangeIssue();
    void showsUnconnectedInputAndFields();
    void clearsWhenStageRemoved();
    void pendingEditOfRemovedStageIsDropped();
    void clearsOnGraphReset();
    void multipleSelection();
    void documentCanBeRemoved();
    void projectRelativePath_data();
    void projectRelativePath();

private:
    QUuid addStage(const QString &type, const QString &name = QString(),
                   const QList<PromptTemplate> &templates = {});
    PipelineGraph *graph() const { return m_document->graph(); }
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    QStringList issueTexts(const InspectorWidget &inspector) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void tst_Inspector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProjectError error;
    m_document =
        ProjectDocument::create(m_dir->filePath(QStringLiteral("p")), QStringLiteral("T"), &error);
    QVERIFY2(m_document, qPrintable(error.message));
}

void tst_Inspector::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

QUuid tst_Inspector::addStage(const QString &typeId, const QString &name,
                              const QList<PromptTemplate> &templates)
{
    const StageType *type = StageRegistry::instance().type(typeId);
    Q_ASSERT(type);
    Stage stage;
    stage.id = QUuid::createUuid();
    stage.type = typeId;
    stage.name = name.isEmpty() ? type->displayName() : name;
    stage.settings = type->defaultSettings();
    undoStack()->push(new AddStagesCommand(graph(), {stage}, {}, templates));
    return stage.id;
}

QStringList tst_Inspector::issueTexts(const InspectorWidget &inspector) const
{
    QStringList texts;
    for (const QLabel *label : inspector.findChildren<QLabel *>(QStringLiteral("issue")))
        texts.append(label->text());
    return texts;
}

void tst_Inspector::showsHintWithoutStage()
{
    InspectorWidget inspector(m_document.get());
    auto *message = inspector.findChild<QLabel *>(QStringLiteral("inspectorMessage"));
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("Select a stage on the canvas to edit its settings."));
    QVERIFY(!inspector.findChild<QLineEdit *>(QStringLiteral("stageName")));

    inspector.setStage(QUuid::createUuid()); // not in the graph
    QVERIFY(inspector.stage().isNull());
    QCOMPARE(message->text(), QStringLiteral("Select a stage on the canvas to edit its settings."));
}

void tst_Inspector::oneEditorPerSetting_data()
{
    QTest::addColumn<QString>("typeId");
    for (const StageType &type : StageRegistry::instance().types())
        QTest::newRow(qPrintable(type.id)) << type.id;
}

void tst_Inspector::oneEditorPerSetting()
{
    QFETCH(QString, typeId);
    const QUuid id = addStage(typeId);
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    QCOMPARE(inspector.stage(), id);

    const StageType *type = StageRegistry::instance().type(typeId);
    QCOMPARE(inspector.findChildren<SettingEditor *>().size(), type->settings.size());
    for (const SettingDef &def : type->settings) {
        const QList<QWidget *> editors = inspector.findChildren<QWidget *>(def.key);
        QVERIFY2(editors.size() == 1, qPrintable(def.key));
        QWidget *editor = editors.first();
        const char *expected = "";
        switch (def.type) {
        case SettingType::String:
        case SettingType::FilePath:
            // Provider and model offer what the profiles have, and take any name.
            expected = def.key == QLatin1String("provider") || def.key == QLatin1String("model")
                           ? "QComboBox"
                           : "QLineEdit";
            break;
        case SettingType::Text:
            expected =
                def.key == QLatin1String("outputSchema") || def.key == QLatin1String("schema")
                    ? "Seedbed::SchemaEditor"
                : typeId == QLatin1String("topic_tree") && def.key == QLatin1String("tree")
                    ? "QTreeView"
                    : "QPlainTextEdit";
            break;
        case SettingType::StringList:
            expected = "QPlainTextEdit";
            break;
        case SettingType::Integer:
            expected = "QSpinBox";
            break;
        case SettingType::Real:
            expected = "QDoubleSpinBox";
            break;
        case SettingType::Boolean:
            expected = "QCheckBox";
            break;
        case SettingType::Choice:
        case SettingType::Template:
            expected = "QComboBox";
            break;
        case SettingType::Table:
            expected = "QTableWidget";
            break;
        }
        QCOMPARE(editor->metaObject()->className(), expected);
        QCOMPARE(editor->toolTip(), def.help());
        if (def.type == SettingType::Integer) {
            auto *spin = qobject_cast<QSpinBox *>(editor);
            QCOMPARE(spin->minimum(), def.minimum.toInt());
            QCOMPARE(spin->maximum(), def.maximum.toInt());
            QCOMPARE(spin->value(), def.defaultValue.toInt());
        } else if (def.type == SettingType::Real) {
            auto *spin = qobject_cast<QDoubleSpinBox *>(editor);
            QCOMPARE(spin->minimum(), def.minimum.toDouble());
            QCOMPARE(spin->maximum(), def.maximum.toDouble());
            QCOMPARE(spin->value(), def.defaultValue.toDouble());
        } else if (def.type == SettingType::Choice) {
            auto *combo = qobject_cast<QComboBox *>(editor);
            QCOMPARE(combo->count(), def.choices.size());
            QCOMPARE(combo->currentData().toString(), def.defaultValue.toString());
            QCOMPARE(combo->currentText(), SettingDef::choiceLabel(def.defaultValue.toString()));
        }
    }
    // Showing a stage creates no command.
    QCOMPARE(undoStack()->count(), 1);
}

void tst_Inspector::integerEditPushesOneCommand()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *spin = inspector.findChild<QSpinBox *>(QStringLiteral("samplesPerInput"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 1);

    const int before = undoStack()->count();
    spin->setValue(5);
    QCOMPARE(undoStack()->count(), before + 1);
    QVERIFY(dynamic_cast<const ChangeSettingCommand *>(undoStack()->command(before)));
    const QVariant stored = graph()->stage(id)->settings.value(QStringLiteral("samplesPerInput"));
    QCOMPARE(stored.typeId(), int(QMetaType::Int));
    QCOMPARE(stored.toInt(), 5);
    QCOMPARE(spin->value(), 5);
}

void tst_Inspector::undoRestoresValueInEditor()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *spin = inspector.findChild<QSpinBox *>(QStringLiteral("maxTokens"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 1024);
    spin->setValue(2048);
    const int count = undoStack()->count();

    undoStack()->undo();
    QCOMPARE(graph()->stage(id)->settings.value(QStringLiteral("maxTokens")).toInt(), 1024);
    QCOMPARE(spin->value(), 1024);
    QCOMPARE(undoStack()->count(), count); // showing the undone value pushed nothing
    QCOMPARE(undoStack()->index(), count - 1);

    undoStack()->redo();
    QCOMPARE(spin->value(), 2048);
    QCOMPARE(undoStack()->count(), count);
}

void tst_Inspector::realEditStoresDouble()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *spin = inspector.findChild<QDoubleSpinBox *>(QStringLiteral("temperature"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 0.8);
    spin->setValue(1.25);
    const QVariant stored = graph()->stage(id)->settings.value(QStringLiteral("temperature"));
    QCOMPARE(stored.typeId(), int(QMetaType::Double));
    QCOMPARE(stored.toDouble(), 1.25);

    auto *share = inspector.findChild<QDoubleSpinBox *>(QStringLiteral("temperature"));
    QCOMPARE(share->decimals(), 2);
}

void tst_Inspector::booleanEditStoresBool()
{
    const QUuid id = addStage(QStringLiteral("dedup_exact"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *check = inspector.findChild<QCheckBox *>(QStringLiteral("normalize"));
    QVERIFY(check);
    QVERIFY(check->isChecked());
    const int before = undoStack()->count();
    check->click();
    QCOMPARE(undoStack()->count(), before + 1);
    const QVariant stored = graph()->stage(id)->settings.value(QStringLiteral("normalize"));
    QCOMPARE(stored.typeId(), int(QMetaType::Bool));
    QCOMPARE(stored.toBool(), false);
}

void tst_Inspector::choiceEditStoresValue()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *combo = inspector.findChild<QComboBox *>(QStringLiteral("outputFormat"));
    QVERIFY(combo);
    const int index = combo->findData(QStringLiteral("text"));
    QVERIFY(index >= 0);
    QCOMPARE(combo->itemText(index), QStringLiteral("Plain text"));

    const int before = undoStack()->count();
    combo->setCurrentIndex(index);
    QCOMPARE(undoStack()->count(), before + 1);
    const QVariant stored = graph()->stage(id)->settings.value(QStringLiteral("outputFormat"));
    QCOMPARE(stored.typeId(), int(QMetaType::QString));
    QCOMPARE(stored.toString(), QStringLiteral("text"));

    undoStack()->undo();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("json"));
}

void tst_Inspector::stringCommitsOnEnterAsOneStep()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *edit = inspector.findChild<QComboBox *>(QStringLiteral("provider"))->lineEdit();
    QVERIFY(edit);
    const int before = undoStack()->count();
    QTest::keyClicks(edit, QStringLiteral("local"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(undoStack()->count(), before + 1);
    QCOMPARE(graph()->stage(id)->settings.value(QStringLiteral("provider")).toString(),
             QStringLiteral("local"));
    // The idle commit that was pending finds nothing left to do.
    QTest::qWait(500);
    QCOMPARE(undoStack()->count(), before + 1);
}

void tst_Inspector::stringCommitsAfterPause()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *edit = inspector.findChild<QComboBox *>(QStringLiteral("model"))->lineEdit();
    QVERIFY(edit);
    const int before = undoStack()->count();
    QTest::keyClicks(edit, QStringLiteral("qwen"));
    QCOMPARE(undoStack()->count(), before); // not per keystroke
    QTRY_COMPARE(graph()->stage(id)->settings.value(QStringLiteral("model")).toString(),
                 QStringLiteral("qwen"));
    QCOMPARE(undoStack()->count(), before + 1);
}

void tst_Inspector::stringListCommitsLines()
{
    const QUuid id = addStage(QStringLiteral("topic_list"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *edit = inspector.findChild<QPlainTextEdit *>(QStringLiteral("topics"));
    QVERIFY(edit);
    const int before = undoStack()->count();
    edit->setPlainText(QStringLiteral("refunds\n  shipping \n\ninvoices\n"));
    QCOMPARE(undoStack()->count(), before);
    inspector.commitPendingEdits();
    QCOMPARE(undoStack()->count(), before + 1);
    const QVariant stored = graph()->stage(id)->settings.value(QStringLiteral("topics"));
    QCOMPARE(stored.typeId(), int(QMetaType::QStringList));
    QCOMPARE(stored.toStringList(),
             QStringList({QStringLiteral("refunds"), QStringLiteral("shipping"),
                          QStringLiteral("invoices")}));
    // The echo of the edit leaves the text as typed, blank line included.
    QCOMPARE(edit->toPlainText(), QStringLiteral("refunds\n  shipping \n\ninvoices\n"));

    undoStack()->undo();
    QCOMPARE(edit->toPlainText(), QString());
}

void tst_Inspector::textCommitsOnFocusOut()
{
    const QUuid id = addStage(QStringLiteral("judge"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *edit = inspector.findChild<QPlainTextEdit *>(QStringLiteral("rubric"));
    QVERIFY(edit);
    const int before = undoStack()->count();
    edit->setPlainText(QStringLiteral("Accurate.\nPolite."));
    QCOMPARE(undoStack()->count(), before);
    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(edit, &focusOut);
    QCOMPARE(undoStack()->count(), before + 1);
    QCOMPARE(graph()->stage(id)->settings.value(QStringLiteral("rubric")).toString(),
             QStringLiteral("Accurate.\nPolite."));
    // A second focus-out without typing adds nothing.
    QCoreApplication::sendEvent(edit, &focusOut);
    QCOMPARE(undoStack()->count(), before + 1);
}

void tst_Inspector::outputSchemaUsesSchemaEditor()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *schema = inspector.findChild<SchemaEditor *>(QStringLiteral("outputSchema"));
    QVERIFY(schema);
    const int before = undoStack()->count();
    QVERIFY(schema->setMode(SchemaEditor::Mode::Json));
    const QString text =
        QStringLiteral(R"({"type": "object", "properties": {"answer": {"type": "string"}}})");
    schema->jsonEditor()->setPlainText(text);
    inspector.commitPendingEdits();
    QCOMPARE(undoStack()->count(), before + 1);
    QCOMPARE(graph()->stage(id)->settings.value(QStringLiteral("outputSchema")).toString(), text);
    undoStack()->undo();
    QCOMPARE(schema->text(), QString());
    undoStack()->redo();
    QCOMPARE(schema->text(), text);
}

void tst_Inspector::externalChangeKeepsCursor()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *edit = inspector.findChild<QComboBox *>(QStringLiteral("model"))->lineEdit();
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("deepseek"));
    QTest::keyClick(edit, Qt::Key_Return);
    edit->setCursorPosition(3);

    // An unrelated change and an echo of the same value leave the editor alone.
    undoStack()->push(new ChangeSettingCommand(graph(), id, QStringLiteral("maxTokens"), 64));
    graph()->setStageSetting(id, QStringLiteral("model"), QStringLiteral("deepseek"));
    QCOMPARE(edit->cursorPosition(), 3);
    QCOMPARE(inspector.findChild<QSpinBox *>(QStringLiteral("maxTokens"))->value(), 64);

    // A real change from outside replaces the text without pushing a command.
    const int count = undoStack()->count();
    undoStack()->push(
        new ChangeSettingCommand(graph(), id, QStringLiteral("model"), QStringLiteral("qwen")));
    QCOMPARE(edit->text(), QStringLiteral("qwen"));
    QCOMPARE(undoStack()->count(), count + 1);
}

void tst_Inspector::tableAddRowAndEditCell()
{
    const QUuid id = addStage(QStringLiteral("attribute_grid"));
    // From an empty table rather than the example attributes of a new stage.
    QCOMPARE(graph()->stage(id)->settings.value(QStringLiteral("attributes")).toList().size(), 2);
    graph()->setStageSetting(id, QStringLiteral("attributes"), QVariantList());
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *table = inspector.findChild<QTableWidget *>(QStringLiteral("attributes"));
    auto *addRow = inspector.findChild<QToolButton *>(QStringLiteral("attributes.addRow"));
    QVERIFY(table);
    QVERIFY(addRow);
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!inspector.findChild<QToolButton *>(QStringLiteral("attributes.addColumn")));

    const int before = undoStack()->count();
    addRow->click();
    QCOMPARE(undoStack()->count(), before + 1);
    QCOMPARE(table->rowCount(), 1);
    QVariant stored = graph()->stage(id)->settings.value(QStringLiteral("attributes"));
    QCOMPARE(stored.typeId(), int(QMetaType::QVariantList));
    const QVariantMap emptyRow{{QStringLiteral("name"), QString()},
                               {QStringLiteral("values"), QString()},
                               {QStringLiteral("weights"), QString()}};
    QCOMPARE(stored.toList(), QVariantList({emptyRow}));

    table->item(0, 0)->setText(QStringLiteral("tone"));
    table->item(0, 1)->setText(QStringLiteral("formal|casual"));
    stored = graph()->stage(id)->settings.value(QStringLiteral("attributes"));
    const QVariantMap row{{QStringLiteral("name"), QStringLiteral("tone")},
                          {QStringLiteral("values"), QStringLiteral("formal|casual")},
                          {QStringLiteral("weights"), QString()}};
    QCOMPARE(stored.toList(), QVariantList({row}));
    // The added fields follow the table once the coalesced refresh has run.
    auto *added = inspector.findChild<QLabel *>(QStringLiteral("addedFields"));
    QTRY_COMPARE(added->text(), QStringLiteral("tone"));

    // Successive edits of one setting merge (ChangeSettingCommand): one step undoes them.
    QCOMPARE(undoStack()->count(), before + 1);
    undoStack()->undo();
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(graph()->stage(id)->settings.value(QStringLiteral("attributes")).toList(),
             QVariantList());
    undoStack()->redo();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("formal|casual"));
}

void tst_Inspector::tableAddColumn()
{
    const QUuid id = addStage(QStringLiteral("seed_table"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *table = inspector.findChild<QTableWidget *>(QStringLiteral("rows"));
    auto *addColumn = inspector.findChild<QToolButton *>(QStringLiteral("rows.addColumn"));
    QVERIFY(table);
    QVERIFY(addColumn);
    QCOMPARE(table->columnCount(), 0);

    // Answer the column name dialog as soon as it is up.
    bool answered = false;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(QStringLiteral("question"));
            dialog->accept();
            answered = true;
            answer.stop();
        }
    });
    answer.start();
    addColumn->click();
    QVERIFY(answered);

    QCOMPARE(table->columnCount(), 1);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("question"));
    QCOMPARE(table->rowCount(), 1);
    const QVariantList rows = graph()->stage(id)->settings.value(QStringLiteral("rows")).toList();
    QCOMPARE(rows, QVariantList({QVariantMap{{QStringLiteral("question"), QString()}}}));

    // Cells loaded from the project keep their type until retyped.
    const QVariantList typed{QVariantMap{{QStringLiteral("n"), 3},
                                         {QStringLiteral("question"), QStringLiteral("Why?")}}};
    undoStack()->push(new ChangeSettingCommand(graph(), id, QStringLiteral("rows"), typed));
    QCOMPARE(table->columnCount(), 2);
    table->item(0, 1)->setText(QStringLiteral("How?"));
    const QVariantMap edited =
        graph()->stage(id)->settings.value(QStringLiteral("rows")).toList().value(0).toMap();
    QCOMPARE(edited.value(QStringLiteral("n")).typeId(), int(QMetaType::Int));
    QCOMPARE(edited.value(QStringLiteral("question")).toString(), QStringLiteral("How?"));
}

void tst_Inspector::templateChoices()
{
    PromptTemplate promptTemplate;
    promptTemplate.id = QUuid::createUuid();
    promptTemplate.name = QStringLiteral("Questions");
    promptTemplate.user = QStringLiteral("Ask about {{ topic }}");
    const QUuid id = addStage(QStringLiteral("generate"), QString(), {promptTemplate});
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *combo = inspector.findChild<QComboBox *>(QStringLiteral("template"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("(none)"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Questions"));
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(issueTexts(inspector).contains(QStringLiteral("Prompt template is required.")));

    combo->setCurrentIndex(1);
    QCOMPARE(graph()->stage(id)->settings.value(QStringLiteral("template")).toString(),
             promptTemplate.id.toString(QUuid::WithoutBraces));
    QTRY_VERIFY(!issueTexts(inspector).contains(QStringLiteral("Prompt template is required.")));

    // A reference to a template that is gone stays visible and is reported.
    undoStack()->push(new ChangeSettingCommand(graph(), id, QStringLiteral("template"),
                                               QUuid::createUuid().toString()));
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), QStringLiteral("(missing template)"));
    QString expected;
    for (const ValidationIssue &issue : PipelineValidator::validateStage(*graph(), id)) {
        if (issue.setting == QLatin1String("template"))
            expected = issue.message;
    }
    QVERIFY(!expected.isEmpty());
    SettingEditor *editor = editorFor(inspector, QStringLiteral("template"));
    QVERIFY(editor);
    QTRY_COMPARE(editor->issueText(), expected);
    QVERIFY(issueTexts(inspector).contains(expected));
}

void tst_Inspector::renameIsOneUndoStep()
{
    const QUuid id = addStage(QStringLiteral("generate"), QStringLiteral("Generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *name = inspector.findChild<QLineEdit *>(QStringLiteral("stageName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Generate"));

    const int before = undoStack()->count();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Questions"));
    QCOMPARE(undoStack()->count(), before); // nothing per keystroke
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(undoStack()->count(), before + 1);
    QCOMPARE(graph()->stage(id)->name, QStringLiteral("Questions"));
    QVERIFY(dynamic_cast<const RenameStageCommand *>(undoStack()->command(before)));

    undoStack()->undo();
    QCOMPARE(graph()->stage(id)->name, QStringLiteral("Generate"));
    QCOMPARE(name->text(), QStringLiteral("Generate"));
    undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("Questions"));
}

void tst_Inspector::emptyNameIsRejected()
{
    const QUuid id = addStage(QStringLiteral("generate"), QStringLiteral("Generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    auto *name = inspector.findChild<QLineEdit *>(QStringLiteral("stageName"));
    const int before = undoStack()->count();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClicks(name, QStringLiteral("   "));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(undoStack()->count(), before);
    QCOMPARE(name->text(), QStringLiteral("Generate"));
}

void tst_Inspector::showsOutOfRangeIssue()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    const QString message = QStringLiteral("Temperature is 5; it must be between 0 and 2.");
    QVERIFY(!issueTexts(inspector).contains(message));

    undoStack()->push(new ChangeSettingCommand(graph(), id, QStringLiteral("temperature"), 5.0));
    QTRY_VERIFY(issueTexts(inspector).contains(message));
    const auto *issue = inspector.findChildren<QLabel *>(QStringLiteral("issue"))
                            .at(issueTexts(inspector).indexOf(message));
    QCOMPARE(issue->property("severity").toString(), QStringLiteral("error"));
    // Also beside the setting's own editor.
    SettingEditor *temperature = editorFor(inspector, QStringLiteral("temperature"));
    QVERIFY(temperature);
    QCOMPARE(temperature->issueText(), message);

    undoStack()->undo();
    QTRY_VERIFY(!issueTexts(inspector).contains(message));
    QCOMPARE(temperature->issueText(), QString());
}

void tst_Inspector::showsUnconnectedInputAndFields()
{
    const QUuid source = addStage(QStringLiteral("topic_list"));
    const QUuid generate = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(generate);
    const QString unconnected =
        QStringLiteral("The input \"Input\" is not connected; connect a stage's output to it.");
    QVERIFY(issueTexts(inspector).contains(unconnected));
    const QString unused = QStringLiteral("Nothing uses the output of this stage.");
    const int unusedIndex = int(issueTexts(inspector).indexOf(unused));
    QVERIFY(unusedIndex >= 0);
    QCOMPARE(inspector.findChildren<QLabel *>(QStringLiteral("issue"))
                 .at(unusedIndex)
                 ->property("severity")
                 .toString(),
             QStringLiteral("warning"));

    auto *available = inspector.findChild<QLabel *>(QStringLiteral("availableFields"));
    auto *added = inspector.findChild<QLabel *>(QStringLiteral("addedFields"));
    QCOMPARE(available->text(), QStringLiteral("none"));
    QCOMPARE(added->text(), QStringLiteral("question, answer"));

    undoStack()->push(new ConnectCommand(graph(), {source, generate, QStringLiteral("in")}));
    QTRY_VERIFY(!issueTexts(inspector).contains(unconnected));
    QCOMPARE(available->text(), QStringLiteral("topic"));
}

void tst_Inspector::clearsWhenStageRemoved()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    QVERIFY(inspector.findChild<QSpinBox *>(QStringLiteral("maxTokens")));

    undoStack()->push(new RemoveItemsCommand(graph(), {id}));
    QVERIFY(inspector.stage().isNull());
    QVERIFY(!inspector.findChild<QSpinBox *>(QStringLiteral("maxTokens")));
    QVERIFY(!inspector.findChild<QLineEdit *>(QStringLiteral("stageName")));
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("inspectorMessage"))->text(),
             QStringLiteral("Select a stage on the canvas to edit its settings."));
    QTest::qWait(10); // the old form is deleted from the event loop without side effects
    QCOMPARE(undoStack()->count(), 2);
}

void tst_Inspector::pendingEditOfRemovedStageIsDropped()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    QTest::keyClicks(inspector.findChild<QComboBox *>(QStringLiteral("model"))->lineEdit(),
                     QStringLiteral("qwen"));
    undoStack()->push(new RemoveItemsCommand(graph(), {id}));
    const int count = undoStack()->count();
    QTest::qWait(600); // longer than the idle commit delay
    QCOMPARE(undoStack()->count(), count);
    QCOMPARE(undoStack()->index(), count);
}

void tst_Inspector::clearsOnGraphReset()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    graph()->reset({}, {}, {});
    QVERIFY(inspector.stage().isNull());
    QVERIFY(!inspector.findChild<QLineEdit *>(QStringLiteral("stageName")));
}

void tst_Inspector::multipleSelection()
{
    const QUuid a = addStage(QStringLiteral("generate"));
    const QUuid b = addStage(QStringLiteral("judge"));
    InspectorWidget inspector(m_document.get());
    inspector.setSelection({a, b});
    QVERIFY(inspector.stage().isNull());
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("inspectorMessage"))->text(),
             QStringLiteral("2 stages selected. Select a single stage to edit its settings."));
    inspector.setSelection({b});
    QCOMPARE(inspector.stage(), b);
    QVERIFY(inspector.findChild<QPlainTextEdit *>(QStringLiteral("rubric")));
}

void tst_Inspector::documentCanBeRemoved()
{
    const QUuid id = addStage(QStringLiteral("generate"));
    InspectorWidget inspector(m_document.get());
    inspector.setStage(id);
    inspector.setDocument(nullptr);
    QVERIFY(inspector.stage().isNull());
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("inspectorMessage"))->text(),
             QStringLiteral("No project is open."));
    inspector.setStage(id);
    QVERIFY(inspector.stage().isNull());

    inspector.setDocument(m_document.get());
    inspector.setStage(id);
    QCOMPARE(inspector.stage(), id);
    m_document.reset(); // closing the project while it is shown
    QVERIFY(inspector.stage().isNull());
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("inspectorMessage"))->text(),
             QStringLiteral("No project is open."));
}

void tst_Inspector::projectRelativePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inside") << QStringLiteral("/work/p/data/seed.csv") << QStringLiteral("/work/p")
                            << QStringLiteral("data/seed.csv");
    QTest::newRow("outside") << QStringLiteral("/work/other/seed.csv") << QStringLiteral("/work/p")
                             << QStringLiteral("/work/other/seed.csv");
    QTest::newRow("sibling prefix")
        << QStringLiteral("/work/p2/seed.csv") << QStringLiteral("/work/p")
        << QStringLiteral("/work/p2/seed.csv");
    QTest::newRow("dot-dot") << QStringLiteral("/work/p/../q/x.jsonl") << QStringLiteral("/work/p")
                             << QStringLiteral("/work/q/x.jsonl");
    QTest::newRow("already relative")
        << QStringLiteral("export/out.jsonl") << QStringLiteral("/work/p")
        << QStringLiteral("export/out.jsonl");
    QTest::newRow("no project") << QStringLiteral("/work/p/a.csv") << QString()
                                << QStringLiteral("/work/p/a.csv");
}

void tst_Inspector::projectRelativePath()
{
    QFETCH(QString, path);
    QFETCH(QString, folder);
    QFETCH(QString, expected);
    QCOMPARE(SettingEditor::projectRelativePath(path, folder), expected);
}

QTEST_MAIN(tst_Inspector)
#include "tst_inspector.moc"
