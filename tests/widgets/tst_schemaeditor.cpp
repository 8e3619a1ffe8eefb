#include "widgets/schemaeditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Seedbed;

namespace {

// The form's type column values.
enum { String, Integer, Number, Boolean, Enum, StringList };

const QString flatSchema = QStringLiteral(R"({
  "type": "object",
  "properties": {
    "question": {
      "type": "string",
      "description": "What the user asks"
    },
    "difficulty": {
      "type": "integer"
    },
    "score": {
      "type": "number",
      "description": "From 0 to 1, \"higher\" is better"
    },
    "verified": {
      "type": "boolean"
    },
    "mood": {
      "type": "string",
      "enum": ["happy", "sad", "très bien"]
    },
    "tags": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "Topics"
    }
  },
  "required": ["question", "mood", "tags"],
  "additionalProperties": false
})");

const QString nestedSchema = QStringLiteral(R"({
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "address": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"]
        }
    },
    "required": ["name", "address"]
}
)");

/* The canonical text of a schema of string fields, written out independently of the widget:
   (name, required) pairs in order. */
QString stringFields(const QList<QPair<QString, bool>> &fields)
{
    QString text = QStringLiteral("{\n  \"type\": \"object\",\n  \"properties\": {");
    QStringList required;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        text += QStringLiteral("%1\n    \"%2\": {\n      \"type\": \"string\"\n    }")
                    .arg(i ? QStringLiteral(",") : QString(), fields.at(i).first);
        if (fields.at(i).second)
            required.append(u'"' + fields.at(i).first + u'"');
    }
    text += QStringLiteral("\n  },\n  \"required\": [%1],\n  \"additionalProperties\": false\n}")
                .arg(required.join(QStringLiteral(", ")));
    return text;
}

} // namespace

class tst_SchemaEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStartsWithFormAndHint();
    void flatSchemaShownInForm();
    void flatSchemaRoundTripsByteIdentically();
    void keepsTopLevelTitleAndUnsaidAdditionalProperties();
    void addRenameReorderRemove();
    void keyboardShortcutsInTable();
    void requiredToggling();
    void enumValues();
    void typeComboChangesType();
    void allowOtherFields();
    void nestedSchemaStaysJson_data();
    void nestedSchemaStaysJson();
    void invalidJsonShowsLineAndColumn();
    void schemaErrorShown();
    void emptyToFirstFieldAndBack();
    void duplicateAndEmptyNamesRefused();
    void invalidFormEditsSurviveModeSwitch();
    void setTextDoesNotEmit();
    void setTextKeepsCursorWhenEqual();
    void idleCommitEmitsOnceForBurst();
    void focusOutAndCommitEmit();
    void userChoiceOfJsonModeSticks();

private:
    QAbstractButton *button(const char *name) const;
    QStandardItemModel *model() const;
    void typeInto(QWidget *widget, const QString &text);

    SchemaEditor *m_editor = nullptr;
};

void tst_SchemaEditor::init()
{
    m_editor = new SchemaEditor;
    m_editor->resize(700, 450);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
}

void tst_SchemaEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

QAbstractButton *tst_SchemaEditor::button(const char *name) const
{
    auto *result = m_editor->findChild<QAbstractButton *>(QLatin1String(name));
    Q_ASSERT(result);
    return result;
}

QStandardItemModel *tst_SchemaEditor::model() const
{
    return qobject_cast<QStandardItemModel *>(m_editor->fieldTable()->model());
}

// Types into the cell editor that has the focus and presses Return.
void tst_SchemaEditor::typeInto(QWidget *widget, const QString &text)
{
    QVERIFY(widget);
    QTest::keyClicks(widget, text);
    QTest::keyClick(widget, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    QTRY_VERIFY(QApplication::focusWidget() != widget);
}

void tst_SchemaEditor::emptyStartsWithFormAndHint()
{
    QCOMPARE(m_editor->text(), QString());
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Fields);
    QCOMPARE(model()->rowCount(), 0);
    QVERIFY(button("addFieldButton")->isVisible());
    auto *hint = m_editor->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Add a field")));
    QVERIFY(m_editor->isFormAvailable());
    QVERIFY(m_editor->problem().isEmpty());
}

void tst_SchemaEditor::flatSchemaShownInForm()
{
    m_editor->setText(flatSchema);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Fields);
    QVERIFY(m_editor->isFormAvailable());
    QStandardItemModel *m = model();
    QCOMPARE(m->rowCount(), 6);
    const QStringList names{QStringLiteral("question"), QStringLiteral("difficulty"),
                            QStringLiteral("score"),    QStringLiteral("verified"),
                            QStringLiteral("mood"),     QStringLiteral("tags")};
    const QList<int> types{String, Integer, Number, Boolean, Enum, StringList};
    const QList<bool> required{true, false, false, false, true, true};
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(m->item(row, 0)->text(), names.at(row));
        QCOMPARE(m->item(row, 1)->data(Qt::EditRole).toInt(), types.at(row));
        QCOMPARE(m->item(row, 3)->checkState() == Qt::Checked, required.at(row));
    }
    QCOMPARE(m->item(0, 4)->text(), QStringLiteral("What the user asks"));
    QCOMPARE(m->item(2, 4)->text(), QStringLiteral("From 0 to 1, \"higher\" is better"));
    QCOMPARE(m->item(4, 2)->text(), QStringLiteral("happy, sad, très bien"));
    QVERIFY(m->item(4, 2)->flags().testFlag(Qt::ItemIsEditable));
    QVERIFY(!m->item(0, 2)->flags().testFlag(Qt::ItemIsEditable));
    // The persistent type editor shows the type.
    auto *combo = qobject_cast<QComboBox *>(m_editor->fieldTable()->indexWidget(m->index(5, 1)));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), int(StringList));
    QCOMPARE(m_editor->jsonEditor()->toPlainText(), flatSchema);
}

void tst_SchemaEditor::flatSchemaRoundTripsByteIdentically()
{
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    m_editor->setText(flatSchema);
    QCOMPARE(m_editor->text(), flatSchema);
    // Any form edit rewrites the whole schema from the table; undoing the edit in the table
    // gives back the same bytes.
    QStandardItem *difficultyRequired = model()->item(1, 3);
    difficultyRequired->setCheckState(Qt::Checked);
    QCOMPARE(edited.count(), 1);
    QVERIFY(edited.last().at(0).toString().contains(
        QStringLiteral("\"required\": [\"question\", \"difficulty\", \"mood\", \"tags\"]")));
    difficultyRequired->setCheckState(Qt::Unchecked);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toString(), flatSchema);
    QCOMPARE(m_editor->text(), flatSchema);
    QCOMPARE(m_editor->jsonEditor()->toPlainText(), flatSchema);
}

void tst_SchemaEditor::keepsTopLevelTitleAndUnsaidAdditionalProperties()
{
    const QString text = QStringLiteral(R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Answer",
  "description": "One answer",
  "type": "object",
  "properties": {
    "a": {
      "type": "string"
    }
  },
  "required": ["a"]
})");
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    m_editor->setText(text);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Fields);
    auto *allow = m_editor->findChild<QCheckBox *>(QStringLiteral("allowOtherFields"));
    QVERIFY(allow->isChecked());
    model()->item(0, 3)->setCheckState(Qt::Unchecked);
    model()->item(0, 3)->setCheckState(Qt::Checked);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toString(), text);
}

void tst_SchemaEditor::addRenameReorderRemove()
{
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    QTest::mouseClick(button("addFieldButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).toString(), stringFields({{QStringLiteral("field1"), true}}));
    // The new field's name is open for typing.
    typeInto(qobject_cast<QLineEdit *>(QApplication::focusWidget()), QStringLiteral("question"));
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toString(), stringFields({{QStringLiteral("question"), true}}));

    QTest::mouseClick(button("addFieldButton"), Qt::LeftButton);
    typeInto(qobject_cast<QLineEdit *>(QApplication::focusWidget()), QStringLiteral("answer"));
    QCOMPARE(edited.count(), 4);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("question"), true}, {QStringLiteral("answer"), true}}));
    QCOMPARE(m_editor->fieldTable()->currentIndex().row(), 1);

    QVERIFY(!button("moveDownButton")->isEnabled());
    QTest::mouseClick(button("moveUpButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 5);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("answer"), true}, {QStringLiteral("question"), true}}));
    QCOMPARE(m_editor->fieldTable()->currentIndex().row(), 0);
    QVERIFY(!button("moveUpButton")->isEnabled());

    QTest::mouseClick(button("moveDownButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 6);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("question"), true}, {QStringLiteral("answer"), true}}));

    QTest::mouseClick(button("removeFieldButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 7);
    QCOMPARE(edited.last().at(0).toString(), stringFields({{QStringLiteral("question"), true}}));
    QCOMPARE(m_editor->text(), edited.last().at(0).toString());
    QCOMPARE(m_editor->jsonEditor()->toPlainText(), m_editor->text());
}

void tst_SchemaEditor::keyboardShortcutsInTable()
{
    m_editor->setText(stringFields({{QStringLiteral("a"), true}, {QStringLiteral("b"), false}}));
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    QTableView *table = m_editor->fieldTable();
    table->setFocus();
    table->setCurrentIndex(model()->index(0, 0));
    QTRY_VERIFY(table->hasFocus());

    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("b"), false}, {QStringLiteral("a"), true}}));
    QCOMPARE(table->currentIndex().row(), 1);

    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("a"), true}, {QStringLiteral("b"), false}}));

    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(edited.count(), 3);
    QCOMPARE(edited.last().at(0).toString(), stringFields({{QStringLiteral("b"), false}}));

    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(edited.count(), 4);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("b"), false}, {QStringLiteral("field2"), true}}));
    // Escape leaves the proposed name as it is.
    QWidget *nameEditor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(nameEditor));
    QTest::keyClick(nameEditor, Qt::Key_Escape);
    QTRY_VERIFY(QApplication::focusWidget() != nameEditor);
    QCOMPARE(edited.count(), 4);
}

void tst_SchemaEditor::requiredToggling()
{
    m_editor->setText(stringFields({{QStringLiteral("a"), true}, {QStringLiteral("b"), true}}));
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    model()->item(0, 3)->setCheckState(Qt::Unchecked);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("a"), false}, {QStringLiteral("b"), true}}));
    model()->item(1, 3)->setCheckState(Qt::Unchecked);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("a"), false}, {QStringLiteral("b"), false}}));
    QVERIFY(edited.last().at(0).toString().contains(QStringLiteral("\"required\": []")));
    // Toggling with the keyboard, as a user would.
    QTableView *table = m_editor->fieldTable();
    table->setFocus();
    table->setCurrentIndex(model()->index(0, 3));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(edited.count(), 3);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("a"), true}, {QStringLiteral("b"), false}}));
}

void tst_SchemaEditor::enumValues()
{
    m_editor->setText(stringFields({{QStringLiteral("mood"), true}}));
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    QStandardItemModel *m = model();
    m->setData(m->index(0, 1), int(Enum));
    // An enum without values is refused until it has some.
    QCOMPARE(edited.count(), 0);
    QVERIFY(m_editor->problem().contains(QStringLiteral("at least one value")));
    QVERIFY(m->index(0, 2).data(Qt::BackgroundRole).isValid());
    QVERIFY(m->item(0, 2)->flags().testFlag(Qt::ItemIsEditable));

    m->setData(m->index(0, 2), QStringLiteral("happy, sad,sad"));
    QCOMPARE(edited.count(), 0);
    QVERIFY(m_editor->problem().contains(QStringLiteral("“sad” twice")));

    m->setData(m->index(0, 2), QStringLiteral("happy , sad,, neutral "));
    QCOMPARE(edited.count(), 1);
    const QString withEnum = QStringLiteral(R"({
  "type": "object",
  "properties": {
    "mood": {
      "type": "string",
      "enum": ["happy", "sad", "neutral"]
    }
  },
  "required": ["mood"],
  "additionalProperties": false
})");
    QCOMPARE(edited.last().at(0).toString(), withEnum);
    QVERIFY(m_editor->problem().isEmpty());
    QVERIFY(!m->index(0, 2).data(Qt::BackgroundRole).isValid());

    // Another type drops the enum from the schema but keeps the values for a way back.
    m->setData(m->index(0, 1), int(String));
    QCOMPARE(edited.last().at(0).toString(), stringFields({{QStringLiteral("mood"), true}}));
    QCOMPARE(m->item(0, 2)->text(), QString());
    QVERIFY(!m->item(0, 2)->flags().testFlag(Qt::ItemIsEditable));
    m->setData(m->index(0, 1), int(Enum));
    QCOMPARE(edited.count(), 3);
    QCOMPARE(edited.last().at(0).toString(), withEnum);

    // An enum whose values the comma-separated cell cannot hold stays JSON.
    m_editor->setText(QStringLiteral(
        R"({"type": "object", "properties": {"a": {"type": "string", "enum": ["x, y"]}}})"));
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    QVERIFY(m_editor->formUnavailableReason().contains(QStringLiteral("commas")));
}

void tst_SchemaEditor::typeComboChangesType()
{
    m_editor->setText(stringFields({{QStringLiteral("n"), true}}));
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    auto *combo =
        qobject_cast<QComboBox *>(m_editor->fieldTable()->indexWidget(model()->index(0, 1)));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(edited.count(), 1);
    QVERIFY(edited.last().at(0).toString().contains(QStringLiteral("\"type\": \"integer\"")));
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(edited.count(), 2);
    QVERIFY(edited.last().at(0).toString().contains(
        QStringLiteral("\"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\"\n"
                       "      }\n")));
}

void tst_SchemaEditor::allowOtherFields()
{
    m_editor->setText(stringFields({{QStringLiteral("a"), true}}));
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    auto *allow = m_editor->findChild<QCheckBox *>(QStringLiteral("allowOtherFields"));
    QVERIFY(!allow->isChecked());
    allow->click();
    QCOMPARE(edited.count(), 1);
    QVERIFY(edited.last().at(0).toString().endsWith(
        QStringLiteral("\"additionalProperties\": true\n}")));
    allow->click();
    QCOMPARE(edited.last().at(0).toString(), stringFields({{QStringLiteral("a"), true}}));
}

void tst_SchemaEditor::nestedSchemaStaysJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nested object") << nestedSchema << QStringLiteral("nested objects");
    QTest::newRow("minimum")
        << QStringLiteral(
               "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"minimum\":0}}}")
        << QStringLiteral("the keyword “minimum”");
    QTest::newRow("list of objects")
        << QStringLiteral("{\"type\":\"object\",\"properties\":{\"l\":{\"type\":\"array\","
                          "\"items\":{\"type\":\"object\"}}}}")
        << QStringLiteral("lists of objects");
    QTest::newRow("type union")
        << QStringLiteral(
               "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":[\"string\",\"null\"]}}}")
        << QStringLiteral("several types");
    QTest::newRow("$ref") << QStringLiteral(
                                 "{\"$defs\":{\"s\":{\"type\":\"string\"}},\"type\":\"object\","
                                 "\"properties\":{\"n\":{\"$ref\":\"#/$defs/s\"}}}")
                          << QStringLiteral("references ($ref)");
    QTest::newRow("boolean schema") << QStringLiteral("true") << QStringLiteral("true or false");
    QTest::newRow("no type") << QStringLiteral("{\"properties\":{\"a\":{\"type\":\"string\"}}}")
                             << QStringLiteral("“type”: “object”");
    QTest::newRow("repeated key")
        << QStringLiteral("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},"
                          "\"a\":{\"type\":\"integer\"}}}")
        << QStringLiteral("a key written twice");
}

void tst_SchemaEditor::nestedSchemaStaysJson()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    m_editor->setText(text);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    QVERIFY(!m_editor->isFormAvailable());
    QVERIFY2(m_editor->formUnavailableReason().contains(reason),
             qPrintable(m_editor->formUnavailableReason()));
    QVERIFY(m_editor->formUnavailableReason().contains(QStringLiteral("edit it as JSON")));
    auto *notice = m_editor->findChild<QLabel *>(QStringLiteral("formNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), m_editor->formUnavailableReason());
    QVERIFY(m_editor->problem().isEmpty()); // valid JSON: nothing red

    // Switching to the form is refused, by the API and by the button.
    QVERIFY(!m_editor->setMode(SchemaEditor::Mode::Fields));
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    QTest::mouseClick(button("fieldsModeButton"), Qt::LeftButton);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    QVERIFY(button("jsonModeButton")->isChecked());
    QVERIFY(!button("fieldsModeButton")->isChecked());
    // The hidden form's buttons do nothing either.
    button("addFieldButton")->click();
    button("removeFieldButton")->click();

    // Focus in and out of the text, commit: the text is never rewritten.
    m_editor->jsonEditor()->setFocus();
    QTRY_VERIFY(m_editor->jsonEditor()->hasFocus());
    button("jsonModeButton")->setFocus();
    m_editor->commit();
    QTest::qWait(50);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_editor->text(), text);
    QCOMPARE(m_editor->jsonEditor()->toPlainText(), text);
}

void tst_SchemaEditor::invalidJsonShowsLineAndColumn()
{
    const QString text = QStringLiteral("{\n  \"type\": \"object\",\n  \"properties\": {\n"
                                        "    \"é\" {}\n  }\n}");
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    m_editor->setText(text);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    // Line 4, the column counted in characters, not UTF-8 bytes.
    QVERIFY2(m_editor->problem().startsWith(QStringLiteral("line 4, column 9: ")),
             qPrintable(m_editor->problem()));
    auto *status = m_editor->findChild<QLabel *>(QStringLiteral("jsonStatus"));
    QCOMPARE(status->text(), m_editor->problem());
    QVERIFY(status->palette().color(QPalette::WindowText) !=
            m_editor->palette().color(QPalette::PlaceholderText));
    QVERIFY(!m_editor->jsonEditor()->extraSelections().isEmpty());

    QVERIFY(!m_editor->setMode(SchemaEditor::Mode::Fields));
    QVERIFY(m_editor->formUnavailableReason().contains(QStringLiteral("line 4, column 9")));
    QCOMPARE(m_editor->text(), text);
    QCOMPARE(edited.count(), 0);

    // Fixing it clears the error; the status is quiet again.
    m_editor->setText(stringFields({{QStringLiteral("a"), true}}));
    m_editor->setMode(SchemaEditor::Mode::Json);
    QVERIFY(m_editor->problem().isEmpty());
    QCOMPARE(status->text(), QStringLiteral("Valid schema."));
    QCOMPARE(status->palette().color(QPalette::WindowText),
             m_editor->palette().color(QPalette::PlaceholderText));
    QVERIFY(m_editor->jsonEditor()->extraSelections().isEmpty());
}

void tst_SchemaEditor::schemaErrorShown()
{
    m_editor->setText(QStringLiteral(
        R"({"type": "object", "properties": {"a": {"type": "string", "minLength": "x"}}})"));
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    QVERIFY2(m_editor->problem().contains(QStringLiteral("/properties/a/minLength")),
             qPrintable(m_editor->problem()));
    QVERIFY(!m_editor->setMode(SchemaEditor::Mode::Fields));
}

void tst_SchemaEditor::emptyToFirstFieldAndBack()
{
    m_editor->setText(flatSchema);
    m_editor->setText(QString());
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Fields);
    QCOMPARE(model()->rowCount(), 0);
    auto *hint = m_editor->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(!button("removeFieldButton")->isEnabled());

    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    QTest::mouseClick(button("addFieldButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).toString(), stringFields({{QStringLiteral("field1"), true}}));
    QVERIFY(!hint->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    QTest::mouseClick(button("removeFieldButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toString(), QString());
    QCOMPARE(m_editor->text(), QString());
    QCOMPARE(m_editor->jsonEditor()->toPlainText(), QString());
    QVERIFY(hint->isVisible());
}

void tst_SchemaEditor::duplicateAndEmptyNamesRefused()
{
    m_editor->setText(stringFields({{QStringLiteral("a"), true}, {QStringLiteral("b"), true}}));
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    QStandardItemModel *m = model();
    auto *message = m_editor->findChild<QLabel *>(QStringLiteral("formMessage"));

    m->setData(m->index(1, 0), QStringLiteral("a"));
    QCOMPARE(edited.count(), 0);
    QVERIFY(m_editor->problem().contains(QStringLiteral("Two fields are called “a”")));
    QCOMPARE(message->text(), m_editor->problem());
    QVERIFY(m->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(m->index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m->index(1, 0).data(Qt::ToolTipRole).toString(), m_editor->problem());
    // Other edits while a name is wrong are not emitted either.
    m->item(0, 3)->setCheckState(Qt::Unchecked);
    QCOMPARE(edited.count(), 0);

    m->setData(m->index(1, 0), QStringLiteral("  "));
    QCOMPARE(edited.count(), 0);
    QVERIFY(m_editor->problem().contains(QStringLiteral("needs a name")));
    QVERIFY(!m->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(m->index(1, 0).data(Qt::BackgroundRole).isValid());

    m->setData(m->index(1, 0), QStringLiteral("c"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).toString(),
             stringFields({{QStringLiteral("a"), false}, {QStringLiteral("c"), true}}));
    QVERIFY(m_editor->problem().isEmpty());
    QVERIFY(!m->index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_editor->text(), edited.last().at(0).toString());
}

void tst_SchemaEditor::invalidFormEditsSurviveModeSwitch()
{
    const QString text = stringFields({{QStringLiteral("a"), true}, {QStringLiteral("b"), true}});
    m_editor->setText(text);
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    model()->setData(model()->index(1, 0), QStringLiteral("a"));
    QVERIFY(m_editor->setMode(SchemaEditor::Mode::Json));
    // The JSON keeps the last valid schema.
    QCOMPARE(m_editor->jsonEditor()->toPlainText(), text);
    QVERIFY(m_editor->setMode(SchemaEditor::Mode::Fields));
    QCOMPARE(model()->item(1, 0)->text(), QStringLiteral("a"));
    QVERIFY(!m_editor->problem().isEmpty());
    QCOMPARE(edited.count(), 0);
}

void tst_SchemaEditor::setTextDoesNotEmit()
{
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    m_editor->setText(flatSchema);
    m_editor->setText(nestedSchema);
    m_editor->setText(QStringLiteral("{ broken"));
    m_editor->setText(QString());
    m_editor->setText(flatSchema);
    m_editor->commit();
    QTest::qWait(m_editor->commitDelay() + 100);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_editor->text(), flatSchema);
}

void tst_SchemaEditor::setTextKeepsCursorWhenEqual()
{
    m_editor->setText(flatSchema);
    QVERIFY(m_editor->setMode(SchemaEditor::Mode::Json));
    QPlainTextEdit *json = m_editor->jsonEditor();
    QTextCursor cursor = json->textCursor();
    cursor.setPosition(42);
    json->setTextCursor(cursor);
    m_editor->setText(flatSchema);
    QCOMPARE(json->textCursor().position(), 42);
}

void tst_SchemaEditor::idleCommitEmitsOnceForBurst()
{
    QCOMPARE(m_editor->commitDelay(), 400);
    QVERIFY(m_editor->setMode(SchemaEditor::Mode::Json));
    QPlainTextEdit *json = m_editor->jsonEditor();
    json->setFocus();
    QTRY_VERIFY(json->hasFocus());
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    const QString typed = QStringLiteral("{\"type\": \"object\"}");
    QTest::keyClicks(json, typed);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_editor->text(), QString()); // not yet
    QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 2000);
    QCOMPARE(edited.last().at(0).toString(), typed);
    QCOMPARE(m_editor->text(), typed);
    QTest::qWait(m_editor->commitDelay() + 100);
    QCOMPARE(edited.count(), 1);
    m_editor->commit();
    QCOMPARE(edited.count(), 1);

    // The text editor's own undo works while typing; its result is emitted like typing.
    QVERIFY(json->document()->isUndoAvailable());
    json->undo();
    QVERIFY(json->toPlainText() != typed);
    m_editor->commit();
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toString(), json->toPlainText());
}

void tst_SchemaEditor::focusOutAndCommitEmit()
{
    QVERIFY(m_editor->setMode(SchemaEditor::Mode::Json));
    m_editor->setCommitDelay(60000);
    QPlainTextEdit *json = m_editor->jsonEditor();
    json->setFocus();
    QTRY_VERIFY(json->hasFocus());
    QSignalSpy edited(m_editor, &SchemaEditor::edited);
    QTest::keyClicks(json, QStringLiteral("{"));
    QCOMPARE(edited.count(), 0);
    // Invalid JSON shows the error at once and is emitted as typed: no typing gets lost.
    QVERIFY(m_editor->problem().startsWith(QStringLiteral("line 1, column 2: ")));
    m_editor->commit();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("{"));

    QTest::keyClicks(json, QStringLiteral("}"));
    button("fieldsModeButton")->setFocus();
    QTRY_COMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("{}"));

    // Switching to the form commits pending typing first; "{}" has no object type.
    json->setFocus();
    QTest::keyClick(json, Qt::Key_Backspace);
    QTest::keyClick(json, Qt::Key_Backspace);
    QTest::keyClicks(json, QStringLiteral("{\"type\": \"object\", \"properties\": {\"x\": "
                                          "{\"type\": \"boolean\"}}}"));
    const int before = int(edited.count());
    QVERIFY(m_editor->setMode(SchemaEditor::Mode::Fields));
    QCOMPARE(edited.count(), before + 1);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->item(0, 0)->text(), QStringLiteral("x"));
    QCOMPARE(model()->item(0, 1)->data(Qt::EditRole).toInt(), int(Boolean));
    QCOMPARE(model()->item(0, 3)->checkState(), Qt::Unchecked);
}

void tst_SchemaEditor::userChoiceOfJsonModeSticks()
{
    m_editor->setText(flatSchema);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Fields);
    QTest::mouseClick(button("jsonModeButton"), Qt::LeftButton);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    m_editor->setText(stringFields({{QStringLiteral("a"), true}}));
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    QTest::mouseClick(button("fieldsModeButton"), Qt::LeftButton);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Fields);
    QCOMPARE(model()->item(0, 0)->text(), QStringLiteral("a"));
    m_editor->setText(nestedSchema);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Json);
    // A flat schema again: the form comes back, as the user did not choose JSON.
    m_editor->setText(flatSchema);
    QCOMPARE(m_editor->mode(), SchemaEditor::Mode::Fields);
}

QTEST_MAIN(tst_SchemaEditor)
#include "tst_schemaeditor.moc"
