#include "CliApp.h"

#include "Terminal.h"
#include "io/DemoRegister.h"
#include "io/DocumentExport.h"
#include "io/JsonImport.h"
#include "io/NoticeImporter.h"
#include "io/RegisterJsonReader.h"
#include "io/RegisterJsonWriter.h"
#include "report/LawfulBasisMatrix.h"
#include "store/RegisterFile.h"
#include "store/RegisterStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace ropa::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::cli::CliApp", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Status removeRegisterFile(const QString& path)
{
    for (const QString& file : QStringList{path, path + QStringLiteral("-journal")}) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            return Error{ErrorCode::Io, tr("Cannot replace %1; is it open in RoPA Manager?").arg(native(file))};
        }
    }
    return {};
}

const QString kFormatOption = QStringLiteral("format");
const QString kOutputOption = QStringLiteral("output");
const QString kOutOption = QStringLiteral("out");
const QString kPassphraseFileOption = QStringLiteral("passphrase-file");
const QString kReplaceOption = QStringLiteral("replace");
const QString kForceOption = QStringLiteral("force");
const QString kControllerOption = QStringLiteral("controller");
const QString kNoticeOption = QStringLiteral("notice");
const QString kHelpOption = QStringLiteral("help");
const QString kVersionOption = QStringLiteral("version");

} // namespace

CliApp::CliApp(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {{QStringLiteral("h"), kHelpOption}, tr("Show this help.")},
        {{QStringLiteral("v"), kVersionOption}, tr("Show the version.")},
        {kFormatOption, tr("Output format."), tr("format")},
        {{QStringLiteral("o"), kOutputOption}, tr("Output file."), tr("file")},
        {kOutOption, tr("Output folder."), tr("folder")},
        {kPassphraseFileOption, tr("Read the passphrase from the first line of a file."), tr("file")},
        {kReplaceOption, tr("Replace the content of a register that is not empty.")},
        {kForceOption, tr("Replace existing files.")},
        {kControllerOption, tr("The controller's name for a new register."), tr("name")},
        {kNoticeOption, tr("Import from a privacy notice (text, Markdown or HTML)."), tr("file")},
    });
}

int CliApp::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::InvalidInput:
        return UsageError;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::NotARegister:
    case ErrorCode::NewerFormat:
        return PassphraseError;
    case ErrorCode::Locked:
    case ErrorCode::Io:
    case ErrorCode::Database:
        return IoError;
    }
    return IoError;
}

int CliApp::fail(const Error& error)
{
    m_err << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int CliApp::usage(const QString& problem)
{
    m_err << problem << QLatin1Char(' ') << tr("Run 'ropa-cli --help' for usage.") << Qt::endl;
    return UsageError;
}

QString CliApp::helpText() const
{
    return tr(
        "Usage: ropa-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
        "\n"
        "Keeps a GDPR Record of Processing Activities (Article 30) in an encrypted .ropa file.\n"
        "\n"
        "Commands:\n"
        "  init FILE [--controller NAME]          create a new, empty register\n"
        "  import FILE SRC.ropa.json [--replace]  read a register export into FILE (created if missing)\n"
        "  import FILE --notice NOTICE [--controller NAME] [--replace]\n"
        "                                         read the purposes and lawful bases of a privacy notice\n"
        "  export FILE --format FORMAT [-o OUT]   write a document (to stdout without -o where it can):\n"
        "                                         pdf (Article 30 register, PDF/A), html (the same as one page),\n"
        "                                         csv or xlsx (ICO template), json (.ropa.json), notice\n"
        "                                         (privacy notice: text, or HTML/PDF by the -o file's ending)\n"
        "  matrix FILE [--format text|html|csv|pdf] [-o OUT]\n"
        "                                         the lawful-basis matrix\n"
        "  demo --out DIR [--force]               create the KJM Group demo register and every document in DIR\n"
        "\n"
        "Options:\n"
        "  --passphrase-file FILE  read the passphrase from the first line of FILE\n"
        "  -h, --help              show this help\n"
        "  -v, --version           show the version\n"
        "\n"
        "The passphrase comes from --passphrase-file, else the ROPA_PASSPHRASE environment variable,\n"
        "else a prompt on the terminal; it is never taken as an argument.\n"
        "\n"
        "Exit codes: 0 ok, 1 checks found errors, 2 usage or input error, 3 wrong passphrase or not a\n"
        "register, 4 file error or register open elsewhere.\n");
}

int CliApp::run(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        return usage(m_parser.errorText() + QLatin1Char('.'));
    }
    if (m_parser.isSet(kHelpOption)) {
        m_out << helpText();
        return Ok;
    }
    if (m_parser.isSet(kVersionOption)) {
        m_out << QStringLiteral("ropa-cli %1 (SQLCipher %2)")
                     .arg(QCoreApplication::applicationVersion(), store::RegisterFile::cipherVersion())
              << Qt::endl;
        return Ok;
    }
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        return usage(tr("No command given."));
    }
    m_command = positional.takeFirst();
    if (m_command == QLatin1StringView("init")) {
        return runInit(positional);
    }
    if (m_command == QLatin1StringView("import")) {
        return runImport(positional);
    }
    if (m_command == QLatin1StringView("export")) {
        return runExport(positional);
    }
    if (m_command == QLatin1StringView("matrix")) {
        return runMatrix(positional);
    }
    if (m_command == QLatin1StringView("demo")) {
        return runDemo(positional);
    }
    return usage(tr("Unknown command '%1'.").arg(m_command));
}

Status CliApp::checkArguments(const QStringList& positional, qsizetype count, const QString& synopsis,
                              const QStringList& allowedOptions)
{
    if (positional.size() != count) {
        return Error{ErrorCode::Usage, tr("'%1' takes %2 argument(s): %3.").arg(m_command).arg(count).arg(synopsis)};
    }
    const QStringList always{kPassphraseFileOption};
    for (const QString& name : m_parser.optionNames()) {
        const QString longName = name == QLatin1StringView("o") ? kOutputOption : name;
        if (!allowedOptions.contains(longName) && !always.contains(longName)) {
            return Error{ErrorCode::Usage, tr("'%1' does not take the option --%2.").arg(m_command, longName)};
        }
    }
    return {};
}

Result<QByteArray> CliApp::passphrase(bool confirmNew)
{
    if (m_parser.isSet(kPassphraseFileOption)) {
        const QString path = m_parser.value(kPassphraseFileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Io,
                         tr("Cannot read the passphrase file %1: %2.").arg(native(path), file.errorString())};
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            return Error{ErrorCode::Usage, tr("The passphrase file %1 is empty.").arg(native(path))};
        }
        return line;
    }
    if (qEnvironmentVariableIsSet("ROPA_PASSPHRASE")) {
        QByteArray value = qgetenv("ROPA_PASSPHRASE");
        if (value.isEmpty()) {
            return Error{ErrorCode::Usage, tr("ROPA_PASSPHRASE is set but empty.")};
        }
        return value;
    }
    if (!Terminal::stdinIsTerminal()) {
        return Error{ErrorCode::Usage,
                     tr("No passphrase given: set ROPA_PASSPHRASE, pass --passphrase-file FILE, or "
                        "run ropa-cli in a terminal to be asked.")};
    }
    const std::optional<QByteArray> first = Terminal::readHidden(tr("Passphrase: "));
    if (!first || first->isEmpty()) {
        return Error{ErrorCode::Usage, tr("No passphrase entered.")};
    }
    if (confirmNew) {
        const std::optional<QByteArray> second = Terminal::readHidden(tr("Passphrase again: "));
        if (!second || *second != *first) {
            return Error{ErrorCode::Usage, tr("The two passphrases differ; nothing was created.")};
        }
    }
    return *first;
}

Result<CliApp::Loaded> CliApp::loadRegister(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return Error{ErrorCode::Io, tr("%1 does not exist.").arg(native(path))};
    }
    Result<QByteArray> secret = passphrase(false);
    if (!secret) {
        return secret.error();
    }
    Result<std::unique_ptr<store::RegisterFile>> file = store::RegisterFile::open(path, secret.value());
    if (!file) {
        return file.error();
    }
    const store::RegisterStore registerStore(file.value()->database());
    Result<Register> reg = registerStore.load();
    if (!reg) {
        return reg.error();
    }
    const Result<store::RegisterInfo> info = registerStore.info();
    if (!info) {
        return info.error();
    }
    const QString fingerprint = io::RegisterJsonWriter::fingerprint(reg.value());
    return Loaded{std::move(reg.value()), {QDateTime::currentDateTimeUtc(), info->revision, fingerprint}};
}

Status CliApp::writeDocument(io::DocumentExport::Kind kind, const Loaded& loaded)
{
    if (!m_parser.isSet(kOutputOption)) {
        const std::optional<QByteArray> bytes = io::DocumentExport::bytes(kind, loaded.reg);
        if (!bytes) {
            return Error{ErrorCode::Usage, tr("This format cannot go to the terminal; name a file with -o FILE.")};
        }
        m_out << QString::fromUtf8(*bytes);
        m_out.flush();
        return {};
    }
    return io::DocumentExport::write(kind, loaded.reg, loaded.info, m_parser.value(kOutputOption));
}

int CliApp::runInit(const QStringList& positional)
{
    if (Status s = checkArguments(positional, 1, QStringLiteral("FILE"), {kControllerOption}); !s) {
        return usage(s.error().message);
    }
    const QString path = positional.at(0);
    if (QFileInfo::exists(path)) {
        return fail({ErrorCode::Usage, tr("%1 already exists; choose another file name.").arg(native(path))});
    }
    Result<QByteArray> secret = passphrase(true);
    if (!secret) {
        return fail(secret.error());
    }
    Register reg;
    reg.controller.name = m_parser.value(kControllerOption);
    if (const auto file =
            store::RegisterStore::createFile(path, secret.value(), reg, tr("Created register"), reg.controller.name);
        !file) {
        return fail(file.error());
    }
    m_out << tr("Created %1.").arg(native(path)) << Qt::endl;
    return Ok;
}

int CliApp::runImport(const QStringList& positional)
{
    const bool fromNotice = m_parser.isSet(kNoticeOption);
    const Status arguments = fromNotice
        ? checkArguments(positional, 1, QStringLiteral("FILE --notice NOTICE"),
                         {kReplaceOption, kNoticeOption, kControllerOption})
        : checkArguments(positional, 2, QStringLiteral("FILE SRC.ropa.json"), {kReplaceOption});
    if (!arguments) {
        return usage(arguments.error().message);
    }
    const QString path = positional.at(0);
    const QString source = fromNotice ? m_parser.value(kNoticeOption) : positional.at(1);
    // Check the whole input before a register is created or touched.
    Result<Register> incoming =
        fromNotice ? io::NoticeImporter::readFile(source) : io::RegisterJsonReader::readFile(source);
    if (!incoming) {
        return fail(incoming.error());
    }
    if (fromNotice) {
        incoming->controller.name = m_parser.value(kControllerOption);
    }
    const bool isNew = !QFileInfo::exists(path);
    Result<QByteArray> secret = passphrase(isNew);
    if (!secret) {
        return fail(secret.error());
    }
    Result<std::unique_ptr<store::RegisterFile>> file =
        isNew ? store::RegisterFile::create(path, secret.value()) : store::RegisterFile::open(path, secret.value());
    if (!file) {
        return fail(file.error());
    }
    store::RegisterStore registerStore(file.value()->database());
    const auto mode =
        m_parser.isSet(kReplaceOption) ? io::JsonImport::Mode::ReplaceExisting : io::JsonImport::Mode::OnlyIntoEmpty;
    const Result<qsizetype> imported = io::JsonImport::importRegister(registerStore, incoming.value(), source, mode);
    if (!imported) {
        if (imported.error().code == ErrorCode::Usage) {
            return fail({ErrorCode::Usage,
                         imported.error().message + QLatin1Char(' ') + tr("Add --replace to overwrite them.")});
        }
        if (isNew) {
            file.value().reset();
            QFile::remove(path);
        }
        return fail(imported.error());
    }
    m_out << tr("Imported %1 activities from %2 into %3.").arg(imported.value()).arg(native(source), native(path))
          << Qt::endl;
    return Ok;
}
int CliApp::runExport(const QStringList& positional)
{
    using Kind = io::DocumentExport::Kind;
    if (Status s = checkArguments(positional, 1, QStringLiteral("FILE"), {kFormatOption, kOutputOption}); !s) {
        return usage(s.error().message);
    }
    const QString format = m_parser.value(kFormatOption);
    const QString output = m_parser.value(kOutputOption).toLower();
    const Kind noticeKind = output.endsWith(QLatin1StringView(".pdf"))                              ? Kind::NoticePdf
        : output.endsWith(QLatin1StringView(".html")) || output.endsWith(QLatin1StringView(".htm")) ? Kind::NoticeHtml
                                                                                                    : Kind::NoticeText;
    const QList<std::pair<QString, Kind>> formats{
        {QStringLiteral("pdf"), Kind::RegisterPdf},   {QStringLiteral("html"), Kind::RegisterHtml},
        {QStringLiteral("csv"), Kind::IcoCsv},        {QStringLiteral("xlsx"), Kind::IcoXlsx},
        {QStringLiteral("json"), Kind::RegisterJson}, {QStringLiteral("notice"), noticeKind}};
    const auto it =
        std::find_if(formats.cbegin(), formats.cend(), [&format](const auto& f) { return f.first == format; });
    if (it == formats.cend()) {
        return usage(format.isEmpty()
                         ? tr("'export' needs --format pdf, html, csv, xlsx, json or notice.")
                         : tr("'%1' is not an export format (pdf, html, csv, xlsx, json or notice).").arg(format));
    }
    if ((it->second == Kind::RegisterPdf || it->second == Kind::IcoXlsx) && output.isEmpty()) {
        return usage(tr("'--format %1' writes a file; name it with -o FILE.").arg(format));
    }
    const Result<Loaded> loaded = loadRegister(positional.at(0));
    if (!loaded) {
        return fail(loaded.error());
    }
    if (Status s = writeDocument(it->second, loaded.value()); !s) {
        return fail(s.error());
    }
    return Ok;
}

int CliApp::runMatrix(const QStringList& positional)
{
    using Kind = io::DocumentExport::Kind;
    if (Status s = checkArguments(positional, 1, QStringLiteral("FILE"), {kFormatOption, kOutputOption}); !s) {
        return usage(s.error().message);
    }
    const QString format = m_parser.isSet(kFormatOption) ? m_parser.value(kFormatOption) : QStringLiteral("text");
    const QList<std::pair<QString, Kind>> formats{{QStringLiteral("text"), Kind::MatrixText},
                                                  {QStringLiteral("html"), Kind::MatrixHtml},
                                                  {QStringLiteral("csv"), Kind::MatrixCsv},
                                                  {QStringLiteral("pdf"), Kind::MatrixPdf}};
    const auto it =
        std::find_if(formats.cbegin(), formats.cend(), [&format](const auto& f) { return f.first == format; });
    if (it == formats.cend()) {
        return usage(tr("'%1' is not a matrix format (text, html, csv or pdf).").arg(format));
    }
    if (it->second == Kind::MatrixPdf && !m_parser.isSet(kOutputOption)) {
        return usage(tr("'--format pdf' writes a file; name it with -o FILE."));
    }
    const Result<Loaded> loaded = loadRegister(positional.at(0));
    if (!loaded) {
        return fail(loaded.error());
    }
    if (Status s = writeDocument(it->second, loaded.value()); !s) {
        return fail(s.error());
    }
    return Ok;
}

int CliApp::runDemo(const QStringList& positional)
{
    if (Status s = checkArguments(positional, 0, tr("none, only --out DIR"), {kOutOption, kForceOption}); !s) {
        return usage(s.error().message);
    }
    if (!m_parser.isSet(kOutOption)) {
        return usage(tr("'demo' needs --out DIR, the folder to write into."));
    }
    const QDir dir(m_parser.value(kOutOption));
    if (!QDir().mkpath(dir.absolutePath())) {
        return fail({ErrorCode::Io, tr("Cannot create the folder %1.").arg(native(dir.absolutePath()))});
    }
    const QString registerPath = dir.absoluteFilePath(QStringLiteral("kjm-group.ropa"));
    if (QFileInfo::exists(registerPath)) {
        if (!m_parser.isSet(kForceOption)) {
            return fail({ErrorCode::Usage,
                         tr("%1 already exists; add --force to replace it with a fresh demo register.")
                             .arg(native(registerPath))});
        }
        if (Status s = removeRegisterFile(registerPath); !s) {
            return fail(s.error());
        }
    }
    Result<Register> demo = io::DemoRegister::load();
    if (!demo) {
        return fail(demo.error());
    }
    Result<QByteArray> secret = passphrase(true);
    if (!secret) {
        return fail(secret.error());
    }
    const Result<std::unique_ptr<store::RegisterFile>> file = store::RegisterStore::createFile(
        registerPath, secret.value(), demo.value(), tr("Imported register"), tr("KJM Group demo register"));
    if (!file) {
        return fail(file.error());
    }
    const Result<store::RegisterInfo> info = store::RegisterStore(file.value()->database()).info();
    if (!info) {
        return fail(info.error());
    }
    const report::DocumentInfo documentInfo{QDateTime::currentDateTimeUtc(), info->revision,
                                            io::RegisterJsonWriter::fingerprint(demo.value())};
    for (const io::DocumentExport::Document& document : io::DocumentExport::all()) {
        if (Status s = io::DocumentExport::write(document.kind, demo.value(), documentInfo,
                                                 dir.absoluteFilePath(document.fileName));
            !s) {
            return fail(s.error());
        }
    }
    m_out << report::LawfulBasisMatrix(demo.value()).toText() << Qt::endl;
    m_out << tr("Files in %1:").arg(native(dir.absolutePath())) << Qt::endl;
    const int width = 30;
    m_out << QStringLiteral("  ") << QStringLiteral("kjm-group.ropa").leftJustified(width)
          << tr("the encrypted register") << Qt::endl;
    for (const io::DocumentExport::Document& document : io::DocumentExport::all()) {
        m_out << QStringLiteral("  ") << document.fileName.leftJustified(width) << document.description << Qt::endl;
    }
    return Ok;
}

} // namespace ropa::cli
