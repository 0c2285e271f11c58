#pragma once

#include "core/Result.h"
#include "report/DocumentKind.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

// File → Export: writes one of the register's documents through the document table, the code `ropa-cli export`
// uses, on a worker thread so the window stays responsive. The file appears whole or not at all; Cancel during an
// export closes the dialog at once and nothing is written. A PDF opens in the viewer when written; any other file
// is confirmed in the dialog, which then offers to open its folder. The folder each register's documents went to
// is suggested again next time.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(session::RegisterDocument& document, QWidget* parent = nullptr);
    ~ExportDialog() override;

    report::DocumentKind::Type kind() const;
    void setKind(report::DocumentKind::Type kind);
    QString path() const;
    void setPath(const QString& path);
    bool isExporting() const;
    // The file the last export wrote while the dialog stays open to say so; empty before then.
    QString writtenPath() const { return m_writtenPath; }
    // The folder of the written file in the system's file manager (the Open Folder button).
    void openWrittenFolder();

    // Starts the export of the chosen document to the chosen path (the Export button).
    void startExport();
    void reject() override;

Q_SIGNALS:
    void exported(const QString& path, report::DocumentKind::Type kind);
    // The sentence the dialog shows; for tests and callers that log.
    void exportFailed(const QString& message);
    // After an export, the sentence for the window's status bar: where it went, and for a notice what it lacks.
    void confirmed(const QString& message);

private:
    void kindChanged();
    void browse();
    void finished();
    void showGaps();
    void showError(const QString& message);
    void setExporting(bool exporting);
    void showWritten();
    QString suggestedPath(report::DocumentKind::Type kind) const;
    // Where the register's documents went last time; else beside the register, unless it is kept in a hidden
    // folder of the application's own (the demo) or on a server: then the user's Documents folder.
    QString suggestedFolder() const;

    session::RegisterDocument& m_document;
    QComboBox* m_kindComboBox = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLineEdit* m_pathLineEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QCheckBox* m_openPdfCheckBox = nullptr;
    QCheckBox* m_findingsCheckBox = nullptr;
    QCheckBox* m_titlesFirstCheckBox = nullptr;
    QCheckBox* m_strictCheckBox = nullptr;
    QWidget* m_gapsBox = nullptr; // the warning under a notice the register lacks something for
    QLabel* m_gapsLabel = nullptr;
    QToolButton* m_gapsButton = nullptr;
    QTextEdit* m_gapsList = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_openFolderButton = nullptr;
    QFutureWatcher<Status>* m_watcher = nullptr;
    // Shared with the running export, which may outlive the dialog: set, it stops the file being written.
    std::shared_ptr<std::atomic_bool> m_cancelled;
    report::DocumentKind::Type m_shownKind = report::DocumentKind::Type::RegisterPdf;
    report::DocumentKind::Type m_runningKind = report::DocumentKind::Type::RegisterPdf;
    QString m_runningPath;
    qsizetype m_runningGaps = 0; // what the notice being written says 'Not recorded' for
    QString m_confirmedPath; // chosen in the file chooser, which has already asked about replacing it
    QString m_writtenPath;
};

} // namespace ropa::ui
