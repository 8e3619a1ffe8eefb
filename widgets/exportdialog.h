#pragma once

#include "models/export/exporter.h"
#include "models/export/exportoptions.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace Seedbed {

namespace Records {
struct RecordFilter;
}

class ExportMappingEditor;
class ProjectDocument;

/*! \brief File ▸ Export…: writes the records of a stage to disk in a training format.

    The user picks the records (a stage, or a pipeline Export stage with its settings), the
    format, the folder and the file name (checked with Export::ExportTarget as they type; what
    is wrong is said under the name and Export stays disabled), the field mapping
    (ExportMappingEditor), filters, splits and format options. A preview of the first lines
    follows every change, after a short pause and in a worker thread, so that the dialog never
    waits on the data file.

    Export (also Enter) runs Export::Exporter in a worker thread with a read-only connection;
    a progress bar shows how far it is and the time left, and Cancel (also Esc) stops it
    leaving the previous file as it was. The dialog stays open afterwards and says what was
    written, with "Show in Folder", or the engine's error.

    The choices are remembered per project folder in QSettings (nothing secret is in them).
    The document must outlive the dialog; closing it while an export runs cancels the export
    and waits for it. */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /*! Max lines in the preview. */
    static constexpr int previewLines = 20;
    /*! The pause after a change before the preview is made again, in ms. */
    static constexpr int previewDelayMs = 250;

    /*! \a settings: where the choices are remembered (the default QSettings when null; not
        owned, must outlive the dialog). */
    explicit ExportDialog(ProjectDocument *document, QWidget *parent = nullptr,
                          QSettings *settings = nullptr);
    ~ExportDialog() override;

    /*! The options the controls show now. */
    Export::ExportOptions options() const;
    /*! Shows \a options in the controls (the stages too, when the combo offers them). */
    void setOptions(const Export::ExportOptions &options);
    QString targetFolder() const;
    QString fileName() const;
    void setTarget(const QString &folder, const QString &name);
    /*! Takes stage, statuses, review states, minimum scores and tags from the records view's
        filter \a filter, as far as an export can express them. */
    void applyRecordFilter(const Records::RecordFilter &filter);

    /*! What is wrong with the target or the options (as shown in the dialog), empty when the
        export can run. */
    QString problem() const { return m_problem; }
    /*! The preview as shown; previewUpdated() says when it changed. */
    QString previewText() const;
    bool isExporting() const { return m_exportWatcher.isRunning(); }
    /*! The last export's result (ok false and no error before the first one). */
    Export::ExportResult lastResult() const { return m_lastResult; }

    ExportMappingEditor *mappingEditor() const { return m_mapping; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *closeButton() const { return m_closeButton; }

    /*! Starts the export as the Export button does; false when it cannot run now. */
    bool startExport();
    /*! Asks a running export to stop; exportFinished() follows. */
    void cancelExport();

signals:
    /*! The preview (or the reason it is not shown) was updated. */
    void previewUpdated();
    /*! An export ended; \a ok when its file is written. */
    void exportFinished(bool ok);

public slots:
    /*! Esc and Close: cancel a running export (the dialog stays), else close. */
    void reject() override;

private:
    struct Metadata
    {
        quint64 generation = 0;
        QStringList fields;
        QStringList judges;
        QStringList tags;
        bool hasSplitField = false;
    };
    struct PreviewResult
    {
        quint64 generation = 0;
        bool ok = false;
        QByteArrayList lines;
        QString error;
    };
    struct MinScoreRow
    {
        QWidget *row = nullptr;
        QComboBox *judge = nullptr;
        QDoubleSpinBox *minimum = nullptr;
        QToolButton *remove = nullptr;
    };

    QWidget *createRecordsBox();
    QWidget *createTargetBox();
    QWidget *createFiltersTab();
    QWidget *createSplitsTab();
    QWidget *createCardTab();
    QWidget *createPreview();
    QWidget *createProgress();

    void fillSources();
    void sourceChosen();
    void formatChosen();
    void optionsEdited();
    void updateFormatControls();
    void updateProblem();
    void loadMetadata();
    void showMetadata(const Metadata &metadata);
    void schedulePreview();
    void runPreview();
    void showPreview(const PreviewResult &result);
    void addMinScoreRow(const QString &judge = QString(), double minimum = 0);
    void removeMinScoreRow(int index);
    void fillJudges(QComboBox *combo, const QString &current) const;
    void showProgress(const Export::ExportProgress &progress);
    void finishExport();
    void setExporting(bool exporting);
    void browseFolder();
    void showInFolder();
    void restoreSettings();
    void saveSettings() const;
    QString settingsGroup() const;
    QStringList stageIdsOfSource() const;

    ProjectDocument *m_document;
    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    QString m_dataPath;
    Export::ExportOptions m_options; //!< what is not in a control (the mapping is in m_mapping)
    bool m_updating = false;
    bool m_mappingChosen = false; //!< the mapping came from the user, settings or a stage
    QString m_problem;

    // Records and target.
    QComboBox *m_source;
    QComboBox *m_format;
    QComboBox *m_recordFormat;
    QLabel *m_recordFormatLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLineEdit *m_name;
    QLabel *m_targetMessage;

    // Tabs.
    QTabWidget *m_tabs;
    ExportMappingEditor *m_mapping;
    QCheckBox *m_think;
    QCheckBox *m_bom;
    QComboBox *m_preferenceJudge;
    QLabel *m_preferenceJudgeLabel;
    QComboBox *m_review;
    QList<QCheckBox *> m_statuses;
    QWidget *m_minScoreBox;
    QList<MinScoreRow> m_minScores;
    QPushButton *m_addMinScore;
    QLineEdit *m_tags;
    QComboBox *m_splitMode;
    QLineEdit *m_splitField;
    QLabel *m_splitHint;
    QList<QPair<QLineEdit *, QDoubleSpinBox *>> m_ratios;
    QSpinBox *m_seed;
    QLineEdit *m_onlySplit;
    QWidget *m_fieldBox;
    QWidget *m_ratioBox;
    QWidget *m_cardTab;
    QLineEdit *m_cardTitle;
    QComboBox *m_cardLicense;
    QPlainTextEdit *m_cardDescription;

    // Preview.
    QPlainTextEdit *m_preview;
    QLabel *m_previewStatus;
    QTimer m_previewTimer;
    QFutureWatcher<PreviewResult> m_previewWatcher;
    QFutureWatcher<Metadata> m_metadataWatcher;
    quint64 m_previewGeneration = 0;
    quint64 m_metadataGeneration = 0;
    bool m_previewPending = false;
    QStringList m_judges;
    QStringList m_tagNames;

    // Export.
    QWidget *m_progressBox;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QLabel *m_result;
    QPushButton *m_showInFolder;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
    QFutureWatcher<Export::ExportResult> m_exportWatcher;
    std::atomic<bool> m_cancel{false};
    QElapsedTimer m_elapsed;
    Export::ExportResult m_lastResult;
    QString m_exportedFolder;
    QThreadPool m_pool; //!< preview, field lists and the export; waited for on destruction
};

} // namespace Seedbed
