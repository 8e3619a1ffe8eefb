#include "models/graphcommands.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/stageregistry.h"
#include "widgets/inspectorwidget.h"
#include "widgets/promptpanel.h"
#include "widgets/templateeditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Seedbed;

class tst_PromptPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void promptTabOnlyForLlmStages();
    void completionOffersUpstreamFields();
    void unknownVariableIsMarked();
    void renderedViewFollowsTypingAndRow();
    void renderErrorIsShownInWords();
    void typingIsOneUndoStepAndUndoShows();
    void newTemplateIsOneStep();
    void rewriteTemplateStartsFromItsPreset();
    void versionsDiffAndRestore();
    void sharedTemplateIsAnnounced();
    void modelPickerOpensProviderProfiles();

private:
    Stage makeStage(const QString &type, const QString &name) const;
    PipelineGraph *graph() const { return m_document->graph(); }
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    PromptPanel *panel() const { return m_inspector->promptPanel(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<InspectorWidget> m_inspector;
    PromptTemplate m_prompt;
    Stage m_seeds;
    Stage m_generate;
};

Stage tst_PromptPanel::makeStage(const QString &type, const QString &name) const
{
    const StageType *def = StageRegistry::instance().type(type);
    Q_ASSERT(def);
    return {QUuid::createUuid(), type, name, {}, def->defaultSettings()};
}

void tst_PromptPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProjectError error;
    m_document =
        ProjectDocument::create(m_dir->filePath(QStringLiteral("p")), QStringLiteral("T"), &error);
    QVERIFY2(m_document, qPrintable(error.message));

    m_prompt = {QUuid::createUuid(),
                QStringLiteral("Answer"),
                QStringLiteral("Be brief."),
                QStringLiteral("Q: {{ question }}"),
                {}};
    m_seeds = makeStage(QStringLiteral("seed_table"), QStringLiteral("Seeds"));
    m_seeds.settings.insert(QStringLiteral("rows"),
                            QVariantList{QVariantMap{{QStringLiteral("question"), "What is 2+2?"}},
                                         QVariantMap{{QStringLiteral("question"), "Why blue?"}}});
    m_generate = makeStage(QStringLiteral("generate"), QStringLiteral("Writer"));
    m_generate.settings.insert(QStringLiteral("template"),
                               m_prompt.id.toString(QUuid::WithoutBraces));
    undoStack()->push(new AddStagesCommand(graph(), {m_seeds, m_generate},
                                           {{m_seeds.id, m_generate.id, QStringLiteral("in")}},
                                           {m_prompt}));
    undoStack()->clear();
    m_inspector = std::make_unique<InspectorWidget>(m_document.get());
    m_inspector->resize(700, 900);
    m_inspector->show();
    m_inspector->setStage(m_generate.id);
    m_inspector->showPrompt();
}

void tst_PromptPanel::cleanup()
{
    m_inspector.reset();
    m_document.reset();
    m_dir.reset();
}

void tst_PromptPanel::promptTabOnlyForLlmStages()
{
    auto *tabs = m_inspector->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->isTabVisible(1));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(panel()->userEditor()->toPlainText(), QStringLiteral("Q: {{ question }}"));
    QCOMPARE(panel()->systemEditor()->toPlainText(), QStringLiteral("Be brief."));

    m_inspector->setStage(m_seeds.id);
    QVERIFY(!tabs->isTabVisible(1));
    QCOMPARE(tabs->currentIndex(), 0);
}

void tst_PromptPanel::completionOffersUpstreamFields()
{
    TemplateEditor *editor = panel()->userEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("{{"));
    QAbstractItemView *popup = editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList shown;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        shown.append(popup->model()->index(row, 0).data().toString());
    QVERIFY2(shown.contains(QStringLiteral("question — Seeds")), qPrintable(shown.join(", ")));
}

void tst_PromptPanel::unknownVariableIsMarked()
{
    TemplateEditor *editor = panel()->userEditor();
    QSignalSpy spy(editor, &TemplateEditor::diagnosticsChanged);
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(QStringLiteral(" {{ nope }}"));
    QTRY_VERIFY(!editor->diagnostics().isEmpty());
    const TemplateError problem = editor->diagnostics().constFirst();
    QVERIFY(problem.message.contains(QStringLiteral("nope")));
    const int at = editor->toPlainText().indexOf(QStringLiteral("nope"));
    QVERIFY(editor->diagnosticAt(at + 1).contains(QStringLiteral("nope")));
    auto *problems =
        panel()->findChild<QAbstractItemView *>(QStringLiteral("userTemplateProblems"));
    QVERIFY(problems);
    QTRY_COMPARE(problems->model()->rowCount(), 1);
    QVERIFY(problems->isVisible());
}

void tst_PromptPanel::renderedViewFollowsTypingAndRow()
{
    QTRY_COMPARE(panel()->renderRowCount(), 2);
    QTRY_VERIFY(panel()->renderedText().contains(QStringLiteral("Q: What is 2+2?")));
    QVERIFY(panel()->renderedText().contains(QStringLiteral("Be brief.")));
    QVERIFY(panel()->renderedTokens() > 0);
    const qint64 tokens = panel()->renderedTokens();
    auto *tokenLabel = panel()->findChild<QLabel *>(QStringLiteral("renderTokens"));
    QVERIFY(tokenLabel->text().contains(QString::number(tokens)));

    // Typing re-renders without a commit.
    const int steps = undoStack()->count();
    panel()->userEditor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(panel()->userEditor(), QStringLiteral(" Think step by step."));
    QTRY_VERIFY(
        panel()->renderedText().contains(QStringLiteral("What is 2+2? Think step by step.")));
    QVERIFY(panel()->renderedTokens() > tokens);

    panel()->setRenderRow(1);
    QTRY_VERIFY(panel()->renderedText().contains(QStringLiteral("Q: Why blue? Think")));
    QTRY_COMPARE(undoStack()->count(), steps + 1); // the idle commit, later
}

void tst_PromptPanel::renderErrorIsShownInWords()
{
    QTRY_VERIFY(panel()->renderedText().contains(QStringLiteral("What is 2+2?")));
    panel()->userEditor()->setPlainText(QStringLiteral("{% if %}"));
    QTRY_VERIFY(panel()->renderedText().contains(QStringLiteral("has an error")));
    QCOMPARE(panel()->renderedTokens(), -1);
    QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("renderTokens"))->text(),
             QStringLiteral("does not render"));
}

void tst_PromptPanel::typingIsOneUndoStepAndUndoShows()
{
    TemplateEditor *editor = panel()->userEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Please."));
    QCOMPARE(undoStack()->count(), 0); // not per keystroke
    panel()->commitPendingEdits();
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(graph()->promptTemplate(m_prompt.id)->user,
             QStringLiteral("Q: {{ question }} Please."));
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit user prompt of Answer"));

    undoStack()->undo();
    QCOMPARE(editor->toPlainText(), QStringLiteral("Q: {{ question }}"));
    undoStack()->redo();
    QCOMPARE(editor->toPlainText(), QStringLiteral("Q: {{ question }} Please."));

    // Renaming the template is its own step and shows in the picker.
    auto *name = panel()->findChild<QLineEdit *>(QStringLiteral("templateName"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Short answers"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(graph()->promptTemplate(m_prompt.id)->name, QStringLiteral("Short answers"));
    QCOMPARE(panel()->findChild<QComboBox *>(QStringLiteral("templateChoice"))->currentText(),
             QStringLiteral("Short answers"));
    QCOMPARE(undoStack()->count(), 2);
}

void tst_PromptPanel::newTemplateIsOneStep()
{
    auto *button = panel()->findChild<QPushButton *>(QStringLiteral("newTemplate"));
    button->click();
    QCOMPARE(graph()->templates().size(), 2);
    const QUuid created = graph()->templates().last().id;
    QCOMPARE(
        QUuid::fromString(
            graph()->stage(m_generate.id)->settings.value(QStringLiteral("template")).toString()),
        created);
    QCOMPARE(graph()->templates().last().name, QStringLiteral("Writer prompt"));
    QVERIFY(panel()->userEditor()->toPlainText().isEmpty());
    QCOMPARE(undoStack()->count(), 1);

    undoStack()->undo();
    QCOMPARE(graph()->templates().size(), 1);
    QCOMPARE(panel()->userEditor()->toPlainText(), QStringLiteral("Q: {{ question }}"));

    // A stage without a template offers to create one.
    undoStack()->push(
        new ChangeSettingCommand(graph(), m_generate.id, QStringLiteral("template"), QString()));
    auto *create = panel()->findChild<QPushButton *>(QStringLiteral("createTemplate"));
    QVERIFY(create->isVisible());
    create->click();
    QCOMPARE(graph()->templates().size(), 2);
    QVERIFY(panel()->userEditor()->isVisible());
}

void tst_PromptPanel::rewriteTemplateStartsFromItsPreset()
{
    Stage rewrite = makeStage(QStringLiteral("rewrite"), QStringLiteral("Restyle"));
    rewrite.settings.insert(QStringLiteral("mode"), QStringLiteral("style"));
    undoStack()->push(new AddStagesCommand(graph(), {rewrite}));
    m_inspector->setStage(rewrite.id);
    auto *create = panel()->findChild<QPushButton *>(QStringLiteral("createTemplate"));
    QVERIFY(create);
    create->click();
    const QString user = panel()->userEditor()->toPlainText();
    QVERIFY2(user.contains(QLatin1String("in a different style")), qPrintable(user));
    QVERIFY(user.contains(QLatin1String("{{ text }}")));
    QVERIFY(!panel()->systemEditor()->toPlainText().isEmpty());
}

void tst_PromptPanel::versionsDiffAndRestore()
{
    QCOMPARE(panel()->saveVersion(QStringLiteral("first")), 1);
    auto *versions = panel()->findChild<QTreeWidget *>(QStringLiteral("promptVersions"));
    QCOMPARE(versions->topLevelItemCount(), 1);
    QCOMPARE(versions->topLevelItem(0)->text(0), QStringLiteral("v1 (current)"));
    QCOMPARE(versions->topLevelItem(0)->text(2), QStringLiteral("first"));

    panel()->userEditor()->setPlainText(QStringLiteral("Q: {{ question }}\nAnswer in one line."));
    panel()->commitPendingEdits();
    QCOMPARE(versions->topLevelItem(0)->text(0), QStringLiteral("v1"));

    // Side by side: the added line is on the right only, the rows line up.
    auto *left = panel()->findChild<QPlainTextEdit *>(QStringLiteral("diffLeft"));
    auto *right = panel()->findChild<QPlainTextEdit *>(QStringLiteral("diffRight"));
    QTRY_VERIFY(right->toPlainText().contains(QStringLiteral("Answer in one line.")));
    QVERIFY(!left->toPlainText().contains(QStringLiteral("Answer in one line.")));
    QCOMPARE(left->blockCount(), right->blockCount());
    QVERIFY(!right->extraSelections().isEmpty());

    // Restore: the unsaved text becomes v2 first, then v1's text is back, as one undo step.
    const int steps = undoStack()->count();
    versions->setCurrentItem(versions->topLevelItem(0));
    panel()->findChild<QPushButton *>(QStringLiteral("restoreVersion"))->click();
    QCOMPARE(graph()->promptTemplate(m_prompt.id)->user, QStringLiteral("Q: {{ question }}"));
    QCOMPARE(panel()->userEditor()->toPlainText(), QStringLiteral("Q: {{ question }}"));
    QCOMPARE(graph()->promptTemplate(m_prompt.id)->versions.size(), 2);
    QCOMPARE(graph()->promptTemplate(m_prompt.id)->versions.last().user,
             QStringLiteral("Q: {{ question }}\nAnswer in one line."));
    QCOMPARE(undoStack()->count(), steps + 1);
    undoStack()->undo();
    QCOMPARE(panel()->userEditor()->toPlainText(),
             QStringLiteral("Q: {{ question }}\nAnswer in one line."));
    QCOMPARE(graph()->promptTemplate(m_prompt.id)->versions.size(), 2); // history stays
}

void tst_PromptPanel::sharedTemplateIsAnnounced()
{
    auto *usage = panel()->findChild<QLabel *>(QStringLiteral("templateUsage"));
    QVERIFY(!usage->isVisible());
    Stage judge = makeStage(QStringLiteral("judge"), QStringLiteral("Critic"));
    judge.settings.insert(QStringLiteral("template"), m_prompt.id.toString(QUuid::WithoutBraces));
    undoStack()->push(new AddStagesCommand(graph(), {judge}));
    m_inspector->setStage(judge.id);
    QVERIFY(usage->isVisible());
    QVERIFY(usage->text().contains(QStringLiteral("Writer")));
}

void tst_PromptPanel::modelPickerOpensProviderProfiles()
{
    QSignalSpy spy(m_inspector.get(), &InspectorWidget::manageProvidersRequested);
    auto *button = m_inspector->findChild<QToolButton *>(QStringLiteral("modelProfiles"));
    QVERIFY(button);
    button->click();
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_inspector->findChild<QToolButton *>(QStringLiteral("providerProfiles")));
}

QTEST_MAIN(tst_PromptPanel)
#include "tst_promptpanel.moc"
