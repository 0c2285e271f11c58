#include "session/AuditAction.h"

#include "domain/Catalogue.h"
#include "domain/RegisterDiff.h"

#include <QJsonArray>
#include <QStringList>

namespace ropa::session {

namespace {

QString quoted(const QJsonObject& args, const char* key)
{
    return args.value(QLatin1StringView(key)).toString().simplified();
}

QString fieldWords(const QString& key)
{
    return RegisterDiff::activityFieldName(key);
}

QString fieldList(const QJsonObject& args)
{
    QStringList names;
    for (const QJsonValue& field : args.value(QLatin1StringView("fields")).toArray()) {
        names << fieldWords(field.toString());
    }
    return names.join(QStringLiteral(", "));
}

std::optional<Catalogue::Kind> entryKind(const QJsonObject& args)
{
    return Catalogue::kindFromKey(args.value(QLatin1StringView("kind")).toString());
}

QString entrySingular(const QJsonObject& args)
{
    const std::optional<Catalogue::Kind> kind = entryKind(args);
    return kind ? Catalogue::singular(*kind) : AuditAction::tr("entry");
}

// The field's label as a form shows it, in lower case.
QString entryFieldWords(const QJsonObject& args)
{
    const QString key = args.value(QLatin1StringView("field")).toString();
    const std::optional<Catalogue::Kind> kind = entryKind(args);
    return kind ? Catalogue::fieldName(*kind, key).toLower() : key;
}

// The sentence for a coded entry, or an empty string when the code is not one of ours.
QString coded(const QString& action, const QJsonObject& args)
{
    if (action == QLatin1StringView(AuditAction::kCreateRegister)) {
        return AuditAction::tr("Created the register with %n activities", nullptr,
                               args.value(QLatin1StringView("activities")).toInt());
    }
    if (action == QLatin1StringView(AuditAction::kImportRegister)) {
        return AuditAction::tr("Imported %n activities from %1", nullptr,
                               args.value(QLatin1StringView("activities")).toInt())
            .arg(quoted(args, "source"));
    }
    if (action == QLatin1StringView(AuditAction::kSetAccess)) {
        return args.value(QLatin1StringView("access")).toString() == QLatin1StringView("none")
            ? AuditAction::tr("Took away the access of '%1'").arg(quoted(args, "role"))
            : AuditAction::tr("Gave '%1' %2 access")
                  .arg(quoted(args, "role"), args.value(QLatin1StringView("access")).toString());
    }
    if (action == QLatin1StringView(AuditAction::kAddActivity)) {
        return AuditAction::tr("Added activity '%1'").arg(quoted(args, "purpose"));
    }
    if (action == QLatin1StringView(AuditAction::kRemoveActivity)) {
        return AuditAction::tr("Deleted activity '%1'").arg(quoted(args, "purpose"));
    }
    if (action == QLatin1StringView(AuditAction::kChangeActivity)) {
        return AuditAction::tr("Changed the %1 of '%2'").arg(fieldList(args), quoted(args, "purpose"));
    }
    if (action == QLatin1StringView(AuditAction::kMoveActivity)) {
        return AuditAction::tr("Moved activity '%1' from place %2 to %3")
            .arg(quoted(args, "purpose"))
            .arg(args.value(QLatin1StringView("from")).toInt())
            .arg(args.value(QLatin1StringView("to")).toInt());
    }
    if (action == QLatin1StringView(AuditAction::kAddEntry)) {
        return AuditAction::tr("Added %1 '%2'").arg(entrySingular(args), quoted(args, "name"));
    }
    if (action == QLatin1StringView(AuditAction::kRemoveEntry)) {
        return AuditAction::tr("Deleted %1 '%2'").arg(entrySingular(args), quoted(args, "name"));
    }
    if (action == QLatin1StringView(AuditAction::kChangeEntry)) {
        return AuditAction::tr("Changed the %1 of %2 '%3'")
            .arg(entryFieldWords(args), entrySingular(args), quoted(args, "name"));
    }
    if (action == QLatin1StringView(AuditAction::kChangeOrganisation)) {
        return AuditAction::tr("Changed the organisation's details");
    }
    if (action == QLatin1StringView(AuditAction::kApplyFix)) {
        return AuditAction::tr("Applied the fix for finding %1 to '%2'")
            .arg(args.value(QLatin1StringView("rule")).toString(), quoted(args, "name"));
    }
    return {};
}

} // namespace

store::AuditRecord AuditAction::record(const char* action, QJsonObject arguments)
{
    return {QString::fromLatin1(action), std::move(arguments), QString()};
}

store::AuditRecord AuditAction::creating(const Register& reg, const QString& actor)
{
    store::AuditRecord audit = record(kCreateRegister,
                                      {{QStringLiteral("controller"), reg.controller.name},
                                       {QStringLiteral("activities"), qint64{reg.activities.size()}}});
    audit.actor = actor;
    return audit;
}

store::AuditRecord AuditAction::undoing(store::AuditRecord record)
{
    record.arguments.insert(QLatin1StringView(kUndoArgument), true);
    return record;
}

QString AuditAction::sentence(const store::AuditEntry& entry)
{
    const QJsonObject args = entry.arguments();
    const QString text = coded(entry.action, args);
    if (text.isEmpty()) {
        return entry.action;
    }
    return args.value(QLatin1StringView(kUndoArgument)).toBool() ? tr("Undid: %1").arg(text) : text;
}

QString AuditAction::detail(const store::AuditEntry& entry)
{
    if (coded(entry.action, entry.arguments()).isEmpty()) {
        return entry.detail;
    }
    return entry.arguments().value(QLatin1StringView("id")).toString();
}

} // namespace ropa::session
