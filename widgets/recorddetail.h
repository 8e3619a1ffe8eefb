#pragma once

#include "models/llm/providerprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <QList>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QVBoxLayout;

namespace Seedbed {

class ProjectDocument;

/*! \brief Everything about one record, beside the records table: its fields (JSON values
    pretty-printed and highlighted), the judge's scores and rationale, the reasoning text, the
    exact prompt that produced it, its lineage up to the seed row (click to go there), tokens
    and cost, the reviewer's note (wrapped, as written) and, for an edited record, the fields
    as they were; for a record of a duplicate cluster, a button that shows the cluster.

    A record is read with a few small indexed queries (its row, its parents by id, its call
    by request hash), so showing one never scans. Everything from a record is shown as plain
    text: samples may hold HTML or chat markup that must read literally.

    startEditing() turns the fields into editors in place: Ctrl+Enter saves (editSaved()),
    Escape cancels. */
class RecordDetail : public QWidget
{
    Q_OBJECT

public:
    explicit RecordDetail(QWidget *parent = nullptr);
    ~RecordDetail() override;

    /*! Reads records from \a document's data (not owned; may be null). \a stageNames name
        stage ids. */
    void setDocument(ProjectDocument *document, const QHash<QUuid, QString> &stageNames = {});
    void setStageNames(const QHash<QUuid, QString> &stageNames);
    /*! Shows record \a id (0: none). Ends editing without saving. */
    void showRecord(qint64 id);
    /*! Reads the shown record again (after a change); keeps an edit in progress. */
    void reload();
    qint64 recordId() const { return m_id; }
    /*! The shown record's fields as stored. */
    QJsonObject fields() const { return m_fields; }

    /*! Puts editors in place of the fields; false when no record is shown. */
    bool startEditing();
    bool isEditing() const { return m_editing; }
    /*! Saves the edits (editSaved() when something changed) and ends editing. */
    void saveEditing();
    void cancelEditing();

signals:
    /*! The user asked to go to record \a id (a parent in the lineage). */
    void recordActivated(qint64 id);
    /*! The user saved edits of record \a id: the changed fields (a null value removes one). */
    void editSaved(qint64 id, const QJsonObject &fieldEdits);
    /*! The user asked to see the duplicate cluster of record \a id side by side. */
    void duplicateClusterRequested(qint64 id);

private:
    struct Record;
    static QString statusText(const QString &status);
    static QString reviewText(const QString &state);
    std::optional<Record> readRecord(qint64 id) const;
    void rebuild();
    void buildView(const Record &record);
    void buildEditor();
    void clearContent();
    QLabel *addHeading(const QString &text);
    QLabel *addText(const QString &name, const QString &text, bool secondary = false);
    QPlainTextEdit *addJson(const QString &name, const QString &json);
    void addField(const QString &key, const QJsonValue &value);
    void addLineage(const Record &record);
    void addCluster(const Record &record);
    void addPrompt(const QString &callHash);
    void addUsage(const Record &record);
    QString costText(const QJsonObject &usage, const QString &provider, const QString &model) const;

    QPointer<ProjectDocument> m_document;
    QHash<QUuid, QString> m_stageNames;
    qint64 m_id = 0;
    QJsonObject m_fields;
    bool m_editing = false;
    QHash<QString, QPlainTextEdit *> m_editors;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty;
    QString m_callProvider; // of the shown record's call, for its cost
    QString m_callModel;
    mutable std::optional<QList<Llm::ProviderProfile>> m_profiles; // read when first needed
};

} // namespace Seedbed
