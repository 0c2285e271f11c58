#include "ExportDialog.h"

#include "AppSettings.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfViewerWindow.h"
#include "report/NoticeGaps.h"
#include "session/ExportDocument.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTextEdit>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace ropa::ui {

namespace {

using Kind = report::DocumentKind::Type;

QString filterOf(Kind kind)
{
    return report::DocumentKind::of(kind).fileFilter + QStringLiteral(";;") + ExportDialog::tr("All files (*)");
}

// The Article 30 register is the document with a findings annex.
bool takesFindings(Kind kind)
{
    return kind == Kind::RegisterPdf || kind == Kind::RegisterHtml;
}

// The ICO template's CSV can leave out the controller block, for programs that read a plain table.
bool takesTitlesFirst(Kind kind)
{
    return kind == Kind::IcoCsv;
}

// The privacy notice, in each of its forms, says 'Not recorded' where the register lacks what it must give.
bool isNotice(Kind kind)
{
    return kind == Kind::NoticeText || kind == Kind::NoticeHtml || kind == Kind::NoticePdf;
}

// A folder the application keeps its own files in, or any hidden folder: somewhere a user would not look for a
// document they exported, as the demo register's folder is.
bool isOutOfSight(const QString& folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    for (const QStandardPaths::StandardLocation type :
         {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation}) {
        const QString base = QDir::cleanPath(QStandardPaths::writableLocation(type));
        if (!base.isEmpty() && (clean == base || clean.startsWith(base + QLatin1Char('/')))) {
            return true;
        }
    }
    for (QString dir = clean; !QDir(dir).isRoot() && !dir.isEmpty(); dir = QFileInfo(dir).path()) {
        if (QFileInfo(dir).isHidden()) {
            return true;
        }
        if (QFileInfo(dir).path() == dir) {
            break;
        }
    }
    return false;
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString notRecordedIn(qsizetype count)
{
    return count == 1 ? ExportDialog::tr("'Not recorded' in one place the register does not fill in")
                      : ExportDialog::tr("'Not recorded' in %1 places the register does not fill in").arg(count);
}

// The export itself, on a worker thread with its own copies: the same rendering and writing as `ropa-cli export`,
// with a last look at Cancel between the two.
Status exportDocument(Kind kind, const Register& reg, const report::DocumentInfo& info, const QString& path,
                      const QString& openRegister, const std::shared_ptr<std::atomic_bool>& cancelled)
{
    const Result<QByteArray> bytes = report::DocumentKind::of(kind).render(reg, info);
    if (!bytes) {
        return bytes.error();
    }
    if (cancelled->load()) {
        return {};
    }
    return session::ExportDocument::writeRendered(bytes.value(), path, openRegister);
}

} // namespace

ExportDialog::ExportDialog(session::RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_kindComboBox(new QComboBox(this))
    , m_descriptionLabel(new QLabel(this))
    , m_pathLineEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_openPdfCheckBox(new QCheckBox(tr("&Open the PDF when done"), this))
    , m_findingsCheckBox(new QCheckBox(tr("End the register with the &findings of the checks"), this))
    , m_titlesFirstCheckBox(new QCheckBox(tr("Start with the column &titles, without the controller's details"), this))
    , m_strictCheckBox(new QCheckBox(tr("&Refuse to write a notice with gaps"), this))
    , m_gapsBox(new QWidget(this))
    , m_gapsLabel(new QLabel(m_gapsBox))
    , m_gapsButton(new QToolButton(m_gapsBox))
    , m_gapsList(new QTextEdit(m_gapsBox))
    , m_progressBar(new QProgressBar(this))
    , m_messageLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export – %1").arg(QFileInfo(document.path()).fileName()));

    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    for (const report::DocumentKind& doc : report::DocumentKind::all()) {
        m_kindComboBox->addItem(doc.label, static_cast<int>(doc.type));
        m_kindComboBox->setItemData(m_kindComboBox->count() - 1, doc.description, Qt::ToolTipRole);
    }
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pathLineEdit->setObjectName(QStringLiteral("pathLineEdit"));
    m_pathLineEdit->setMinimumWidth(480);
    m_pathLineEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_openPdfCheckBox->setObjectName(QStringLiteral("openPdfCheckBox"));
    m_openPdfCheckBox->setChecked(AppSettings::exportOpenPdf.get());
    m_findingsCheckBox->setObjectName(QStringLiteral("findingsCheckBox"));
    m_findingsCheckBox->setToolTip(tr("Adds a last part to the Article 30 register listing what the compliance "
                                      "checks find, with the rule set version. The cover counts the findings "
                                      "either way."));
    m_titlesFirstCheckBox->setObjectName(QStringLiteral("titlesFirstCheckBox"));
    m_titlesFirstCheckBox->setToolTip(tr("Writes the CSV as a plain table, the column titles on its first line, for "
                                         "programs that expect one. The controller's name, address and contacts are "
                                         "then left out."));
    m_strictCheckBox->setObjectName(QStringLiteral("strictCheckBox"));
    m_strictCheckBox->setChecked(AppSettings::exportNoticeStrict.get());
    m_strictCheckBox->setToolTip(tr("Writes no privacy notice while the register lacks something the notice must "
                                    "tell people, instead of a notice that says 'Not recorded' there."));
    m_gapsLabel->setObjectName(QStringLiteral("noticeGapsLabel"));
    m_gapsLabel->setWordWrap(true);
    m_gapsButton->setObjectName(QStringLiteral("noticeGapsButton"));
    m_gapsButton->setCheckable(true);
    m_gapsButton->setAutoRaise(true);
    m_gapsButton->setFocusPolicy(Qt::StrongFocus);
    m_gapsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_gapsList->setObjectName(QStringLiteral("noticeGapsList"));
    m_gapsList->setReadOnly(true);
    m_gapsList->document()->setIndentWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_gapsList->setTabChangesFocus(true);
    m_gapsList->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    m_gapsList->hide();
    auto* gapsIcon = new QLabel(m_gapsBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    gapsIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    gapsIcon->setAlignment(Qt::AlignTop);
    auto* gapsLine = new QHBoxLayout;
    gapsLine->addWidget(gapsIcon);
    gapsLine->addWidget(m_gapsLabel, 1);
    auto* gapsLayout = new QVBoxLayout(m_gapsBox);
    gapsLayout->setContentsMargins(0, 0, 0, 0);
    gapsLayout->addLayout(gapsLine);
    gapsLayout->addWidget(m_gapsButton, 0, Qt::AlignLeft);
    gapsLayout->addWidget(m_gapsList);
    m_gapsBox->hide();
    connect(m_gapsButton, &QToolButton::toggled, this, [this](bool open) {
        m_gapsList->setVisible(open);
        m_gapsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_gapsButton->setText(open ? tr("Hide what is &missing") : tr("Show what is &missing"));
    });
    m_gapsButton->setArrowType(Qt::RightArrow);
    m_gapsButton->setText(tr("Show what is &missing"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 0); // busy: the document says nothing of how far it has got
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_openFolderButton = m_buttons->addButton(tr("Open Fo&lder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Show the folder of the file just written"));
    m_openFolderButton->hide();
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportDialog::openWrittenFolder);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_pathLineEdit, &QLineEdit::textEdited, this, [this] { m_messageLabel->hide(); });
    connect(m_strictCheckBox, &QCheckBox::toggled, this, [this] { m_messageLabel->hide(); });

    auto* documentLabel = new QLabel(tr("&Document:"), this);
    documentLabel->setBuddy(m_kindComboBox);
    auto* pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_pathLineEdit);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLineEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    form->addRow(documentLabel, m_kindComboBox);
    form->addRow(QString(), m_descriptionLabel);
    form->addRow(QString(), m_gapsBox);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_findingsCheckBox);
    form->addRow(QString(), m_titlesFirstCheckBox);
    form->addRow(QString(), m_strictCheckBox);
    form->addRow(QString(), m_openPdfCheckBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The last kind exported, then its name where the register's documents went last. Never the register as
    // unencrypted JSON, though: a copy of the whole register in the clear is written only when chosen each time.
    Kind initial = Kind::RegisterPdf;
    const QString remembered = AppSettings::exportDocument.get();
    for (const report::DocumentKind& doc : report::DocumentKind::all()) {
        if (doc.fileName == remembered && doc.type != Kind::RegisterJson) {
            initial = doc.type;
        }
    }
    m_shownKind = initial;
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(static_cast<int>(initial)));
    m_pathLineEdit->setText(QDir::toNativeSeparators(suggestedPath(initial)));
    kindChanged();
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    m_kindComboBox->setFocus();
}

ExportDialog::~ExportDialog()
{
    if (m_cancelled) {
        m_cancelled->store(true);
    }
}

Kind ExportDialog::kind() const
{
    return static_cast<Kind>(m_kindComboBox->currentData().toInt());
}

void ExportDialog::setKind(Kind kind)
{
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(static_cast<int>(kind)));
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_pathLineEdit->text().trimmed());
}

void ExportDialog::setPath(const QString& path)
{
    m_pathLineEdit->setText(QDir::toNativeSeparators(path));
    m_messageLabel->hide();
}

bool ExportDialog::isExporting() const
{
    return m_watcher != nullptr;
}

QString ExportDialog::suggestedFolder() const
{
    const QString location = m_document.path();
    const QString remembered = AppSettings::exportFolders.get().value(location).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        return remembered;
    }
    if (!location.isEmpty() && !session::RegisterLocation(location).isServer()) {
        const QString beside = QFileInfo(location).absolutePath();
        if (!isOutOfSight(beside)) {
            return beside;
        }
    }
    return documentsFolder();
}

QString ExportDialog::suggestedPath(Kind kind) const
{
    return QDir(suggestedFolder()).filePath(report::DocumentKind::of(kind).fileName);
}

void ExportDialog::kindChanged()
{
    const Kind previous = m_shownKind;
    const Kind current = kind();
    m_shownKind = current;
    const report::DocumentKind doc = report::DocumentKind::of(current);
    m_descriptionLabel->setText(tr("Exports %1.").arg(doc.description));
    m_openPdfCheckBox->setEnabled(doc.isPdf()); // disabled rather than hidden: the dialog keeps its shape
    m_findingsCheckBox->setEnabled(takesFindings(current));
    m_titlesFirstCheckBox->setEnabled(takesTitlesFirst(current));
    m_strictCheckBox->setEnabled(isNotice(current));
    showGaps();

    // The file name follows the kind: the suggested name where the user kept it, else just the extension.
    const QString text = path();
    if (previous == current && !text.isEmpty()) {
        return;
    }
    if (text.isEmpty()) {
        setPath(suggestedPath(current));
        return;
    }
    const QString name = QFileInfo(text).fileName();
    const QString folder = text.left(text.size() - name.size());
    QString newName;
    const report::DocumentKind before = report::DocumentKind::of(previous);
    if (name == before.fileName) {
        newName = doc.fileName;
    } else {
        newName = doc.isNamedFor(name) ? name : doc.renamedFor(name);
    }
    setPath(folder + newName);
}

void ExportDialog::showGaps()
{
    // Said while choosing, from the checks the CLI's notice export reports: the notice drops nothing silently.
    const auto hide = [this] {
        m_gapsButton->setChecked(false);
        m_gapsBox->hide();
    };
    if (!isNotice(kind())) {
        hide();
        return;
    }
    const report::NoticeGaps gaps(m_document.reg());
    if (gaps.isEmpty()) {
        hide();
        return;
    }
    m_gapsLabel->setText(tr("The notice will say %1.").arg(notRecordedIn(gaps.list().size())));
    // A list with hanging indents: each sentence runs over two or three lines.
    QString items;
    for (const report::NoticeGaps::Gap& gap : gaps.list()) {
        QString sentence = gap.sentence();
        if (!sentence.isEmpty()) {
            sentence[0] = sentence[0].toUpper();
        }
        items += QStringLiteral("<li style=\"margin-bottom: 4px\">%1</li>").arg(sentence.toHtmlEscaped());
    }
    m_gapsList->setHtml(QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1\">%1</ul>").arg(items));
    m_gapsBox->show();
}

void ExportDialog::browse()
{
    const QString current = path().isEmpty() ? suggestedPath(kind()) : path();
    QString chosen = FileDialog::saveFileName(this, tr("Export %1").arg(report::DocumentKind::of(kind()).label),
                                              current, filterOf(kind()));
    if (chosen.isEmpty()) {
        return;
    }
    // The chooser has asked about replacing the file it returns, but not about a name given an extension here.
    if (QFileInfo(chosen).suffix().isEmpty()) {
        chosen += report::DocumentKind::of(kind()).suffix();
        m_confirmedPath.clear();
    } else {
        m_confirmedPath = QFileInfo(chosen).absoluteFilePath();
    }
    setPath(chosen);
}

void ExportDialog::startExport()
{
    if (isExporting()) {
        return;
    }
    m_runningGaps = 0;
    if (isNotice(kind())) {
        AppSettings::exportNoticeStrict.set(m_strictCheckBox->isChecked());
        const report::NoticeGaps gaps(m_document.reg());
        const qsizetype count = gaps.list().size();
        if (count > 0 && m_strictCheckBox->isChecked()) {
            showError(count == 1 ? tr("The notice was not written: the register lacks an item that a privacy notice "
                                      "must give, and you chose to refuse a notice with gaps.")
                                 : tr("The notice was not written: the register lacks %1 items that a privacy notice "
                                      "must give, and you chose to refuse a notice with gaps.")
                                       .arg(count));
            return;
        }
        m_runningGaps = count;
    }
    QString target = path();
    if (target.isEmpty()) {
        showError(tr("Choose the file to export to."));
        return;
    }
    // A bare name goes where the suggestion does.
    target = QDir(suggestedFolder()).absoluteFilePath(target);
    if (QFileInfo(target).isDir()) {
        showError(tr("%1 is a folder: add the name of the file to export to.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    // The name says what the file is: notice.pdf holding the register as JSON would mislead whoever opens it.
    const report::DocumentKind doc = report::DocumentKind::of(kind());
    if (const QString name = QFileInfo(target).fileName(); !doc.isNamedFor(name)) {
        const QString corrected = doc.renamedFor(name);
        const QString typed = path();
        setPath(typed.left(typed.size() - QFileInfo(typed).fileName().size()) + corrected);
        target = QFileInfo(target).absoluteDir().filePath(corrected);
        if (!QFileInfo(name).suffix().isEmpty()) {
            showError(tr("A file of %1 ends in %2, so %3 is now %4: press Export again to write it.")
                          .arg(doc.description, doc.suffix(), name, corrected));
            return;
        }
    }
    const QFileInfo info(target);
    // Said at once rather than after the document has been laid out.
    if (!QFileInfo(info.absolutePath()).isDir()) {
        showError(tr("Cannot write %1: the folder %2 does not exist.")
                      .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (Status refused = session::RegisterLocation(m_document.path()).refuseAsOutput(target); !refused) {
        showError(refused.error().message);
        return;
    }
    if (info.exists() && info.absoluteFilePath() != m_confirmedPath &&
        MessageBox::question(this, tr("Replace File"),
                             tr("%1 already exists. Do you want to replace it?").arg(info.fileName()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        return;
    }

    m_runningKind = kind();
    m_runningPath = target;
    m_openFolderButton->hide();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<Status>(this);
    connect(m_watcher, &QFutureWatcher<Status>::finished, this, &ExportDialog::finished);
    report::DocumentInfo documentInfo = m_document.documentInfo();
    documentInfo.withFindings = takesFindings(m_runningKind) && m_findingsCheckBox->isChecked();
    documentInfo.noPreamble = takesTitlesFirst(m_runningKind) && m_titlesFirstCheckBox->isChecked();
    setExporting(true);
    m_watcher->setFuture(QtConcurrent::run(exportDocument, m_runningKind, m_document.reg(), documentInfo, target,
                                           m_document.path(), m_cancelled));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        // The export has its own copies and writes nothing once it sees this, so it may finish after the dialog.
        m_cancelled->store(true);
        delete m_watcher;
        m_watcher = nullptr;
        setExporting(false);
    }
    // Closing after a file was written is the end of an export, not a cancelled one.
    if (!m_writtenPath.isEmpty()) {
        QDialog::accept();
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished()
{
    const Status status = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    setExporting(false);
    if (!status) {
        showError(status.error().message);
        return;
    }
    const report::DocumentKind ran = report::DocumentKind::of(m_runningKind);
    AppSettings::exportDocument.set(ran.fileName);
    QVariantMap folders = AppSettings::exportFolders.get();
    folders.insert(m_document.path(), QFileInfo(m_runningPath).absolutePath());
    AppSettings::exportFolders.set(folders);
    m_writtenPath = m_runningPath;
    const bool openPdf = ran.isPdf() && m_openPdfCheckBox->isChecked();
    if (ran.isPdf()) {
        AppSettings::exportOpenPdf.set(m_openPdfCheckBox->isChecked());
    }
    Q_EMIT exported(m_runningPath, m_runningKind);
    const QString where = QDir::toNativeSeparators(m_runningPath);
    Q_EMIT confirmed(m_runningGaps > 0 ? tr("Exported %1. It says %2.").arg(where, notRecordedIn(m_runningGaps))
                                       : tr("Exported %1.").arg(where));
    if (openPdf) {
        // The viewer belongs to the dialog's window, not the dialog, which is about to close: the PDF on the
        // screen says it was written.
        PdfViewerWindow::showFile(parentWidget(), m_runningPath);
        accept();
        return;
    }
    showWritten();
}

void ExportDialog::showWritten()
{
    // The dialog stays to say where the file went, and the folder is a click away.
    const QString where = QDir::toNativeSeparators(m_writtenPath);
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(m_runningGaps > 0 ? tr("Written %1. It says %2.").arg(where, notRecordedIn(m_runningGaps))
                                              : tr("Written %1.").arg(where));
    m_messageLabel->show();
    m_openFolderButton->show();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_openFolderButton->setFocus();
}

void ExportDialog::openWrittenFolder()
{
    if (!m_writtenPath.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    }
}

void ExportDialog::showError(const QString& message)
{
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->setText(message);
    m_messageLabel->show();
    Q_EMIT exportFailed(message);
}

void ExportDialog::setExporting(bool exporting)
{
    m_kindComboBox->setEnabled(!exporting);
    m_pathLineEdit->setEnabled(!exporting);
    m_browseButton->setEnabled(!exporting);
    m_openPdfCheckBox->setEnabled(!exporting && report::DocumentKind::of(kind()).isPdf());
    m_findingsCheckBox->setEnabled(!exporting && takesFindings(kind()));
    m_titlesFirstCheckBox->setEnabled(!exporting && takesTitlesFirst(kind()));
    m_strictCheckBox->setEnabled(!exporting && isNotice(kind()));
    m_exportButton->setEnabled(!exporting);
    m_progressBar->setVisible(exporting);
    if (exporting) {
        m_messageLabel->setStyleSheet(QString());
        m_messageLabel->setText(tr("Exporting %1…").arg(QFileInfo(m_runningPath).fileName()));
        m_messageLabel->show();
    } else {
        m_messageLabel->hide();
    }
}

} // namespace ropa::ui
