#include "widgets/jsonhighlighter.h"
#include "widgets/templateeditor.h"
#include "widgets/templatehighlighter.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace Seedbed;

class tst_TemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingBracesOpensCompleterWithStages();
    void acceptingCompletionInsertsField();
    void acceptingKeepsExistingClosingBraces();
    void pipeOffersFilters();
    void ctrlSpaceInsideExpression();
    void unknownVariableIsUnderlinedWithTooltip();
    void knownAndBuiltinVariablesAreNotFlagged();
    void syntaxErrorReportedWithPosition();
    void diagnosticsAfterDebounce();
    void problemsModelListsAndJumps();
    void tabInsertsSpaces();
    void gutterMakesRoomForLineNumbers();
    void highlighterFormatsVariableUnlikeText_data();
    void highlighterFormatsVariableUnlikeText();
    void highlighterCarriesCommentAcrossLines();
    void jsonKeyUnlikeNumber();
    void lightAndDarkPalettesDiffer();
    void paletteChangeRehighlights();
    void tabIndentsSelectedLines();

private:
    static QTextCharFormat formatAt(const QTextDocument *document, int position);
    static QPalette darkPalette();

    TemplateEditor *m_editor = nullptr;
};

void tst_TemplateEditor::init()
{
    m_editor = new TemplateEditor;
    m_editor->resize(600, 400);
    m_editor->setKnownFields({{QStringLiteral("question"), QStringLiteral("Seeds")},
                              {QStringLiteral("answer"), QStringLiteral("Generate")}});
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->activateWindow();
    m_editor->setFocus();
}

void tst_TemplateEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

QTextCharFormat tst_TemplateEditor::formatAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format;
    }
    return {};
}

QPalette tst_TemplateEditor::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(220, 220, 220));
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
    return dark;
}

void tst_TemplateEditor::typingBracesOpensCompleterWithStages()
{
    QTest::keyClicks(m_editor, QStringLiteral("Q: {{"));
    QAbstractItemView *popup = m_editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList shown;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        shown.append(popup->model()->index(row, 0).data().toString());
    QVERIFY2(shown.contains(QStringLiteral("question — Seeds")), qPrintable(shown.join(u'|')));
    QVERIFY(shown.contains(QStringLiteral("answer — Generate")));
    QVERIFY(shown.contains(QStringLiteral("sample_index — built-in")));
    QCOMPARE(shown.first(), QStringLiteral("question — Seeds"));

    // Typing narrows the list.
    QTest::keyClicks(m_editor, QStringLiteral("an"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("answer — Generate"));
}

void tst_TemplateEditor::acceptingCompletionInsertsField()
{
    QTest::keyClicks(m_editor, QStringLiteral("Q: {{"));
    QAbstractItemView *popup = m_editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("Q: {{ question }}"));

    // Through a prefix, and from the editor's side.
    QTest::keyClick(m_editor, Qt::Key_Return);
    QTest::keyClicks(m_editor, QStringLiteral("A: {{ ans"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("Q: {{ question }}\nA: {{ answer }}"));
}

void tst_TemplateEditor::acceptingKeepsExistingClosingBraces()
{
    m_editor->setPlainText(QStringLiteral("{{ }} tail"));
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(3);
    m_editor->setTextCursor(cursor);
    QTest::keyClicks(m_editor, QStringLiteral("qu"));
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QAbstractItemView *popup = m_editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Enter);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("{{ question }} tail"));
}

void tst_TemplateEditor::pipeOffersFilters()
{
    QTest::keyClicks(m_editor, QStringLiteral("{{ question |"));
    QAbstractItemView *popup = m_editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList shown;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        shown.append(popup->model()->index(row, 0).data().toString());
    QVERIFY2(shown.contains(QStringLiteral("upper")), qPrintable(shown.join(u',')));
    QVERIFY(!shown.contains(QStringLiteral("question — Seeds")));
    QTest::keyClicks(m_editor, QStringLiteral("up"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("{{ question | upper }}"));
}

void tst_TemplateEditor::ctrlSpaceInsideExpression()
{
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(!m_editor->completer()->popup()->isVisible()); // not inside {{ }}
    m_editor->setPlainText(QStringLiteral("{{ a ~  }}"));
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(7);
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(m_editor->completer()->popup()->isVisible());
}

void tst_TemplateEditor::unknownVariableIsUnderlinedWithTooltip()
{
    const QString text = QStringLiteral("Hello {{ question }} and {{ mystery.value }}!");
    m_editor->setPlainText(text);
    m_editor->validateNow();
    const int at = int(text.indexOf(u"mystery"));

    QCOMPARE(m_editor->diagnostics().size(), 1);
    const TemplateError warning = m_editor->diagnostics().first();
    QCOMPARE(warning.severity, TemplateError::Severity::Warning);
    QCOMPARE(warning.offset, at);
    QVERIFY(warning.message.contains(u"unknown variable 'mystery'"));

    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : m_editor->extraSelections()) {
        if (selection.cursor.selectionStart() <= at && selection.cursor.selectionEnd() > at &&
            selection.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            underlined = true;
        // The known variable is not underlined.
        QVERIFY(!(selection.cursor.selectionStart() <= 10 && selection.cursor.selectionEnd() > 10 &&
                  selection.format.underlineStyle() == QTextCharFormat::WaveUnderline));
    }
    QVERIFY(underlined);

    QTextCursor cursor(m_editor->document());
    cursor.setPosition(at + 2);
    const QPoint pos = m_editor->cursorRect(cursor).center() + QPoint(1, 0);
    QHelpEvent help(QEvent::ToolTip, pos, m_editor->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(m_editor->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"unknown variable 'mystery'"),
             qPrintable(QToolTip::text()));

    // Plain text has no tooltip.
    cursor.setPosition(2);
    const QPoint plain = m_editor->cursorRect(cursor).center();
    QHelpEvent help2(QEvent::ToolTip, plain, m_editor->viewport()->mapToGlobal(plain));
    QCoreApplication::sendEvent(m_editor->viewport(), &help2);
    QVERIFY(m_editor->diagnosticAt(2).isEmpty());
    QTRY_VERIFY(!QToolTip::isVisible() || QToolTip::text().isEmpty());
}

void tst_TemplateEditor::knownAndBuiltinVariablesAreNotFlagged()
{
    m_editor->setPlainText(
        QStringLiteral("{{ question }} {{ sample_index }} {% for e in examples %}{{ e }} "
                       "{{ loop.index }}{% endfor %} {{ answer | upper }}"));
    m_editor->validateNow();
    QVERIFY2(m_editor->diagnostics().isEmpty(),
             qPrintable(m_editor->diagnostics().value(0).toString()));
    m_editor->setKnownFields({});
    m_editor->validateNow();
    QCOMPARE(m_editor->diagnostics().size(), 2); // question and answer
}

void tst_TemplateEditor::syntaxErrorReportedWithPosition()
{
    QSignalSpy spy(m_editor, &TemplateEditor::diagnosticsChanged);
    m_editor->setPlainText(QStringLiteral("Line one\n  {% if question %}\nyes\n"));
    m_editor->validateNow();
    QCOMPARE(spy.count(), 1);
    const QList<TemplateError> diagnostics = m_editor->diagnostics();
    QVERIFY(!diagnostics.isEmpty());
    const TemplateError error = diagnostics.first();
    QCOMPARE(error.severity, TemplateError::Severity::Error);
    QVERIFY2(error.line >= 2, qPrintable(error.toString()));
    QVERIFY(error.column >= 1);

    bool red = false;
    for (const QTextEdit::ExtraSelection &selection : m_editor->extraSelections())
        red = red || selection.format.underlineStyle() == QTextCharFormat::WaveUnderline;
    QVERIFY(red);

    // Fixing it clears the diagnostics and tells so.
    m_editor->setPlainText(QStringLiteral("Line one\n  {% if question %}\nyes{% endif %}\n"));
    m_editor->validateNow();
    QCOMPARE(spy.count(), 2);
    QVERIFY(m_editor->diagnostics().isEmpty());
}

void tst_TemplateEditor::diagnosticsAfterDebounce()
{
    m_editor->setValidationDelay(30);
    QSignalSpy spy(m_editor, &TemplateEditor::diagnosticsChanged);
    QTest::keyClicks(m_editor, QStringLiteral("{% if"));
    QCOMPARE(spy.count(), 0); // not while typing
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!m_editor->diagnostics().isEmpty());
}

void tst_TemplateEditor::problemsModelListsAndJumps()
{
    TemplateProblemsModel model(m_editor);
    QAbstractItemModelTester tester(&model);
    m_editor->setPlainText(QStringLiteral("abc\n{{ nope }}\n{{ question }}"));
    m_editor->validateNow();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(TemplateProblemsModel::LineRole).toInt(), 2);
    QCOMPARE(index.data(TemplateProblemsModel::ColumnRole).toInt(), 4);
    QVERIFY2(index.data().toString().startsWith(u"2:4"), qPrintable(index.data().toString()));

    QTextCursor start = m_editor->textCursor();
    start.setPosition(0);
    m_editor->setTextCursor(start);
    model.activate(index);
    QCOMPARE(m_editor->textCursor().blockNumber(), 1);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 3);
}

void tst_TemplateEditor::tabInsertsSpaces()
{
    QTest::keyClicks(m_editor, QStringLiteral("a"));
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("a   "));
    QVERIFY(m_editor->hasFocus());
    QVERIFY(m_editor->font().fixedPitch() || QFontInfo(m_editor->font()).fixedPitch());
}

void tst_TemplateEditor::gutterMakesRoomForLineNumbers()
{
    const int narrow = m_editor->gutterWidth();
    QVERIFY(narrow > 0);
    QCOMPARE(m_editor->viewport()->geometry().left() - m_editor->contentsRect().left(), narrow);
    m_editor->setPlainText(QString(1200, u'\n'));
    QVERIFY(m_editor->gutterWidth() > narrow);
    QCOMPARE(m_editor->viewport()->geometry().left() - m_editor->contentsRect().left(),
             m_editor->gutterWidth());
}

void tst_TemplateEditor::highlighterFormatsVariableUnlikeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("role");
    const int variable = int(TemplateHighlighter::Role::Variable);
    QTest::newRow("variable") << "Hello {{ name }} there"
                              << "name" << variable;
    QTest::newRow("tag keyword") << "x {% if a %}y{% endif %}"
                                 << "endif" << int(TemplateHighlighter::Role::Keyword);
    QTest::newRow("filter") << "{{ a | upper }}"
                            << "upper" << int(TemplateHighlighter::Role::Filter);
    QTest::newRow("string") << "{{ a | default(\"none\") }}"
                            << "\"none\"" << int(TemplateHighlighter::Role::String);
    QTest::newRow("number") << "{{ a | truncate(100) }}"
                            << "100" << int(TemplateHighlighter::Role::Number);
    QTest::newRow("comment") << "a {# note #} b"
                             << "note" << int(TemplateHighlighter::Role::Comment);
    QTest::newRow("member") << "{{ seed.in }}"
                            << "in" << variable;
    QTest::newRow("for variable") << "{% for x in xs %}"
                                  << "xs" << variable;
}

void tst_TemplateEditor::highlighterFormatsVariableUnlikeText()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(int, role);
    QTextDocument document;
    document.documentLayout(); // created lazily, it would drop the formats
    auto *highlighter = new TemplateHighlighter(&document);
    document.setPlainText(text);
    QCoreApplication::processEvents(); // the first highlighting is queued
    const QTextCharFormat expected = highlighter->format(TemplateHighlighter::Role(role));
    const QTextCharFormat tokenFormat = formatAt(&document, int(text.lastIndexOf(token)) + 1);
    QCOMPARE(tokenFormat.foreground().color(), expected.foreground().color());
    QCOMPARE(tokenFormat.fontWeight(), expected.fontWeight());
    // Plain text is left alone.
    const QTextCharFormat plain = formatAt(&document, 0);
    if (text.at(0) != u'{') {
        QCOMPARE(plain.foreground().style(), Qt::NoBrush);
        QVERIFY(plain.foreground() != tokenFormat.foreground());
    }
}

void tst_TemplateEditor::highlighterCarriesCommentAcrossLines()
{
    QTextDocument document;
    document.documentLayout(); // created lazily, it would drop the formats
    auto *highlighter = new TemplateHighlighter(&document);
    document.setPlainText(QStringLiteral("a {# one\ntwo\nthree #} {{ x }}\n{% if\n y %}\n"
                                         "{% raw %}{{ z }}{% endraw %}"));
    QCoreApplication::processEvents(); // the first highlighting is queued
    const QColor comment =
        highlighter->format(TemplateHighlighter::Role::Comment).foreground().color();
    const QColor variable =
        highlighter->format(TemplateHighlighter::Role::Variable).foreground().color();
    QTextBlock block = document.findBlockByNumber(1);
    QCOMPARE(formatAt(&document, block.position()).foreground().color(), comment);
    block = document.findBlockByNumber(2);
    QCOMPARE(formatAt(&document, block.position() + 1).foreground().color(), comment);
    QCOMPARE(formatAt(&document, block.position() + 12).foreground().color(), variable); // x
    QCOMPARE(block.userState() & 0xff, int(TemplateHighlighter::InText));
    block = document.findBlockByNumber(3);
    QCOMPARE(block.userState() & 0xff, int(TemplateHighlighter::InTag));
    block = document.findBlockByNumber(4); // " y %}"
    QCOMPARE(formatAt(&document, block.position() + 1).foreground().color(), variable);
    block = document.findBlockByNumber(5); // raw: z is plain text
    const int z = int(block.text().indexOf(u'z'));
    QCOMPARE(formatAt(&document, block.position() + z).foreground().style(), Qt::NoBrush);

    // Closing the comment early changes the following lines.
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" #}"));
    block = document.findBlockByNumber(1);
    QCOMPARE(formatAt(&document, block.position()).foreground().style(), Qt::NoBrush);
}

void tst_TemplateEditor::jsonKeyUnlikeNumber()
{
    QTextDocument document;
    document.documentLayout(); // created lazily, it would drop the formats
    auto *highlighter = new JsonHighlighter(&document);
    const QString text = QStringLiteral("{\"score\": 42, \"ok\": true, \"name\": \"x\"}");
    document.setPlainText(text);
    QCoreApplication::processEvents(); // the first highlighting is queued
    const QTextCharFormat key = formatAt(&document, int(text.indexOf(u"score")));
    const QTextCharFormat number = formatAt(&document, int(text.indexOf(u"42")));
    const QTextCharFormat value = formatAt(&document, int(text.indexOf(u"\"x\"")));
    const QTextCharFormat keyword = formatAt(&document, int(text.indexOf(u"true")));
    QCOMPARE(key.foreground().color(),
             highlighter->format(JsonHighlighter::Role::Key).foreground().color());
    QCOMPARE(number.foreground().color(),
             highlighter->format(JsonHighlighter::Role::Number).foreground().color());
    QVERIFY(key.foreground().color() != number.foreground().color());
    QVERIFY(key.foreground().color() != value.foreground().color());
    QCOMPARE(keyword.foreground().color(),
             highlighter->format(JsonHighlighter::Role::Keyword).foreground().color());
}

void tst_TemplateEditor::lightAndDarkPalettesDiffer()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const QPalette dark = darkPalette();
    QTextDocument document;
    document.documentLayout(); // created lazily, it would drop the formats
    TemplateHighlighter highlighter(&document);
    JsonHighlighter json(nullptr);
    for (const auto role : {TemplateHighlighter::Role::Variable, TemplateHighlighter::Role::Keyword,
                            TemplateHighlighter::Role::Comment}) {
        highlighter.setPalette(light);
        const QColor onLight = highlighter.format(role).foreground().color();
        highlighter.setPalette(dark);
        const QColor onDark = highlighter.format(role).foreground().color();
        QVERIFY(onLight != onDark);
        // Each reads on its base: far enough in lightness.
        QVERIFY2(std::abs(onLight.lightness() - 255) > 90, qPrintable(onLight.name()));
        QVERIFY2(std::abs(onDark.lightness() - 30) > 90, qPrintable(onDark.name()));
    }
    json.setPalette(light);
    const QColor keyLight = json.format(JsonHighlighter::Role::Key).foreground().color();
    json.setPalette(dark);
    QVERIFY(json.format(JsonHighlighter::Role::Key).foreground().color() != keyLight);
}

void tst_TemplateEditor::paletteChangeRehighlights()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    m_editor->setPalette(light);
    m_editor->setPlainText(QStringLiteral("x {{ question }}"));
    const QColor before = formatAt(m_editor->document(), 6).foreground().color();
    m_editor->setPalette(darkPalette());
    const QColor after = formatAt(m_editor->document(), 6).foreground().color();
    QVERIFY(before != after);
    QCOMPARE(
        after,
        m_editor->highlighter()->format(TemplateHighlighter::Role::Variable).foreground().color());
}

void tst_TemplateEditor::tabIndentsSelectedLines()
{
    m_editor->setPlainText(QStringLiteral("a\nb\n\nc"));
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(0);
    cursor.setPosition(m_editor->toPlainText().indexOf(u'c'), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor); // a, b, the empty line; c is not touched
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("    a\n    b\n\nc"));
    QTest::keyClick(m_editor, Qt::Key_Backtab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("a\nb\n\nc"));
    m_editor->undo(); // each was one step
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("    a\n    b\n\nc"));

    // Without a selection, Shift+Tab outdents the cursor's line; Tab inserts spaces.
    m_editor->setPlainText(QStringLiteral("  x"));
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClick(m_editor, Qt::Key_Backtab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("x"));
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("x   "));
}

QTEST_MAIN(tst_TemplateEditor)
#include "tst_templateeditor.moc"
