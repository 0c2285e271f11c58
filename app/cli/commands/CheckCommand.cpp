#include "commands/CheckCommand.h"

#include "checks/Checker.h"
#include "checks/RuleSet.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::CheckCommand)
};
const QString kFormatOption = QStringLiteral("format");

// "activities/<id>/<field>", "recipients/<id>/contract", "controller/name", "register/last_reviewed".
QString targetPath(const checks::FindingTarget& target)
{
    QString path;
    switch (target.kind) {
    case checks::FindingTarget::Kind::Register:
        path = QStringLiteral("register");
        break;
    case checks::FindingTarget::Kind::Controller:
        path = QStringLiteral("controller");
        break;
    case checks::FindingTarget::Kind::Activity:
        path = QStringLiteral("activities/") + target.id;
        break;
    case checks::FindingTarget::Kind::CatalogueEntry: {
        static const char* const lists[] = {"data_categories", "subject_categories", "recipients", "sources",
                                            "retention_rules"};
        path = QString(QLatin1String(lists[static_cast<int>(target.catalogue)]) + QLatin1Char('/') + target.id);
        break;
    }
    }
    if (!target.field.isEmpty()) {
        path += QLatin1Char('/') + target.field;
    }
    return path;
}

QString kindKey(checks::FindingTarget::Kind kind)
{
    switch (kind) {
    case checks::FindingTarget::Kind::Register:
        return QStringLiteral("register");
    case checks::FindingTarget::Kind::Controller:
        return QStringLiteral("controller");
    case checks::FindingTarget::Kind::Activity:
        return QStringLiteral("activity");
    case checks::FindingTarget::Kind::CatalogueEntry:
        return QStringLiteral("entry");
    }
    return {};
}

QString sarifLevel(checks::Severity severity)
{
    switch (severity) {
    case checks::Severity::Error:
        return QStringLiteral("error");
    case checks::Severity::Warning:
        return QStringLiteral("warning");
    case checks::Severity::Info:
        return QStringLiteral("note");
    }
    return {};
}

QByteArray asText(const QList<checks::Finding>& findings, const checks::Checker::Counts& counts, const QString& file)
{
    QString text = Text::tr("%1: rule set %2, %3 errors, %4 warnings, %5 information\n")
                       .arg(file, checks::RuleSet::version())
                       .arg(counts.errors)
                       .arg(counts.warnings)
                       .arg(counts.infos);
    for (const checks::Severity severity :
         {checks::Severity::Error, checks::Severity::Warning, checks::Severity::Info}) {
        bool header = false;
        for (const checks::Finding& f : findings) {
            if (f.severity != severity) {
                continue;
            }
            if (!header) {
                text += QLatin1Char('\n') + checks::severityName(severity) + QStringLiteral(":\n");
                header = true;
            }
            text += QStringLiteral("  %1 [%2] %3: %4\n    %5 %6\n")
                        .arg(f.ruleId, f.article, f.targetName, f.message, Text::tr("Fix:"), f.fix);
        }
    }
    return text.toUtf8();
}

QByteArray asJson(const QList<checks::Finding>& findings, const checks::Checker::Counts& counts, const QString& file,
                  const QString& fingerprint)
{
    QJsonArray list;
    for (const checks::Finding& f : findings) {
        QJsonObject target{{QStringLiteral("kind"), kindKey(f.target.kind)},
                           {QStringLiteral("id"), f.target.id},
                           {QStringLiteral("field"), f.target.field}};
        if (f.target.kind == checks::FindingTarget::Kind::CatalogueEntry) {
            target.insert(QStringLiteral("catalogue"), Catalogue::kindKey(f.target.catalogue));
        }
        list.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                                {QStringLiteral("severity"), checks::severityKey(f.severity)},
                                {QStringLiteral("article"), f.article},
                                {QStringLiteral("target"), target},
                                {QStringLiteral("name"), f.targetName},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("fix"), f.fix}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("ropa-findings")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("rule_set"), checks::RuleSet::version()},
                           {QStringLiteral("register"), QFileInfo(file).fileName()},
                           {QStringLiteral("fingerprint"), fingerprint},
                           {QStringLiteral("counts"),
                            QJsonObject{{QStringLiteral("error"), counts.errors},
                                        {QStringLiteral("warning"), counts.warnings},
                                        {QStringLiteral("info"), counts.infos}}},
                           {QStringLiteral("findings"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray asSarif(const QList<checks::Finding>& findings, const QString& file)
{
    QJsonArray rules;
    const QList<checks::Rule>& all = checks::RuleSet::rules();
    for (const checks::Rule& r : all) {
        rules.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.title},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), r.title}}},
            {QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), r.help}}},
            {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), r.help}}},
            {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), sarifLevel(r.severity)}}},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("article"), r.article}}}});
    }
    QJsonArray results;
    for (const checks::Finding& f : findings) {
        qsizetype index = 0;
        while (index < all.size() && all[index].id != f.ruleId) {
            ++index;
        }
        const QJsonObject location{
            {QStringLiteral("physicalLocation"),
             QJsonObject{{QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), file}}}}},
            {QStringLiteral("logicalLocations"),
             QJsonArray{QJsonObject{{QStringLiteral("fullyQualifiedName"), targetPath(f.target)},
                                    {QStringLiteral("kind"), QStringLiteral("member")}}}}};
        results.append(
            QJsonObject{{QStringLiteral("ruleId"), f.ruleId},
                        {QStringLiteral("ruleIndex"), static_cast<qint64>(index)},
                        {QStringLiteral("level"), sarifLevel(f.severity)},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("text"), QString(f.message + QLatin1Char(' ') + f.fix)}}},
                        {QStringLiteral("locations"), QJsonArray{location}}});
    }
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("RoPA Manager")},
                             {QStringLiteral("version"), QStringLiteral(ROPA_VERSION)},
                             {QStringLiteral("rules"), rules}};
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("results"), results},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("ruleSetVersion"), checks::RuleSet::version()}}}};
    const QJsonObject root{{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                           {QStringLiteral("version"), QStringLiteral("2.1.0")},
                           {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
} // namespace

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::synopsis() const
{
    return QStringLiteral("FILE [--format text|json|sarif]");
}

QString CheckCommand::summary() const
{
    return Text::tr("check the register against the compliance rules; exits 1 when a finding is an error");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {{kFormatOption, Text::tr("The findings' format: text, json or sarif."), Text::tr("format"),
             QStringLiteral("text")}};
}

int CheckCommand::execute()
{
    const QString format = parser().value(kFormatOption);
    if (format != u"text" && format != u"json" && format != u"sarif") {
        return usage(Text::tr("'%1' is not a format of 'check' (text, json or sarif).").arg(format));
    }
    const Result<store::RegisterSnapshot> snapshot = readRegister(argument(0));
    if (!snapshot) {
        return fail(snapshot.error());
    }
    const QList<checks::Finding> findings = checks::Checker::run(snapshot->reg);
    const checks::Checker::Counts counts = checks::Checker::count(findings);
    QByteArray bytes;
    if (format == u"json") {
        bytes = asJson(findings, counts, argument(0), snapshot->info.fingerprint);
    } else if (format == u"sarif") {
        bytes = asSarif(findings, argument(0));
    } else {
        bytes = asText(findings, counts, argument(0));
    }
    out() << QString::fromUtf8(bytes);
    out().flush();
    return counts.errors > 0 ? ChecksFailed : Ok;
}

} // namespace ropa::cli
