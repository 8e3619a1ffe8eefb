#pragma once

#include "models/export/exportoptions.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Seedbed {

class TemplateEditor;

/*! \brief Edits an export's Export::FieldMapping: which record field (or which template, for
    a composite field) fills each field of the chosen format.

    Chat formats show one row per role the format uses (Export::ExportOptions::targets()):
    a label in the format's words ("instruction", "system"…), a choice of record field, "No
    field" or "Template", and for a template a TemplateEditor with highlighting and field
    completion. Raw formats (jsonl, json, csv, tsv) show their columns instead, added and
    removed with buttons; no columns means every field of the records as it is.

    mappingChanged() is emitted for the user's edits only; setMapping() never emits. */
class ExportMappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExportMappingEditor(QWidget *parent = nullptr);
    ~ExportMappingEditor() override;

    /*! Shows the rows of \a format (for a hugging-face folder: of \a recordFormat). */
    void setFormat(Export::ExportFormat format,
                   Export::ExportFormat recordFormat = Export::ExportFormat::OpenAiChat);
    /*! The record fields offered in the choices and known to the template editors. A field
        the mapping names that is not among them stays, marked as not found. */
    void setFieldNames(const QStringList &fields);
    QStringList fieldNames() const { return m_fields; }

    void setMapping(const Export::FieldMapping &mapping);
    Export::FieldMapping mapping() const { return m_mapping; }

    /*! The choice of role \a id (system, prompt, input, response, history) or, for a raw
        format, of column \a id's index as a number; null when there is none. */
    QComboBox *sourceChoice(const QString &id) const;
    /*! The template editor beside sourceChoice(\a id). */
    TemplateEditor *templateEditor(const QString &id) const;
    /*! Raw formats: appends a column for \a field (the first field no column uses when empty);
        emits mappingChanged(). */
    void addColumn(const QString &field = QString());
    /*! Raw formats: removes column \a index; emits mappingChanged(). */
    void removeColumn(int index);
    int columnCount() const { return int(m_mapping.columns.size()); }

signals:
    void mappingChanged();

private:
    struct Row
    {
        QString id;                  //!< role id, or the column index for raw formats
        QLineEdit *name = nullptr;   //!< raw formats: the column's name
        QComboBox *choice = nullptr; //!< no field / a field / template
        TemplateEditor *editor = nullptr;
        QToolButton *remove = nullptr;
    };

    void rebuild();
    /*! Adds the widgets of a row to \a grid at \a line (and the template editor under it);
        \a label is the role's name, empty for a column (whose name is editable). */
    Row makeRow(const QString &id, const QString &label, const QString &columnName,
                const Export::FieldSource &source, QGridLayout *grid, int line);
    bool isRawLayout() const;
    void fillChoice(QComboBox *choice, const Export::FieldSource &source) const;
    Export::FieldSource sourceOf(const Row &row) const;
    void rowEdited(const Row &row);
    Export::FieldSource *mappedSource(const QString &id);
    QList<QPair<QString, QString>> knownFields() const;

    Export::ExportFormat m_format = Export::ExportFormat::Jsonl;
    Export::ExportFormat m_recordFormat = Export::ExportFormat::OpenAiChat;
    Export::FieldMapping m_mapping;
    QStringList m_fields;
    QList<Row> m_rows;
    QWidget *m_rowsBox = nullptr; //!< rebuilt with the rows
    QVBoxLayout *m_layout;
    QLabel *m_hint;
    QPushButton *m_addColumn;
    QPushButton *m_allColumns;
    bool m_updating = false;
};

} // namespace Seedbed
