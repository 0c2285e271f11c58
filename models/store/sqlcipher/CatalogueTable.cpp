#include "store/sqlcipher/CatalogueTable.h"

#include "core/Overloaded.h"
#include "store/sqlcipher/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace ropa::store::sqlcipher {

namespace {

QStringList columns(Catalogue::Kind kind)
{
    switch (kind) {
    case Catalogue::Kind::DataCategories:
        return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("special")};
    case Catalogue::Kind::Recipients:
        return {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country"), QStringLiteral("purpose"),
                QStringLiteral("contract")};
    case Catalogue::Kind::RetentionRules:
        return {QStringLiteral("description"), QStringLiteral("period"), QStringLiteral("trigger_event")};
    case Catalogue::Kind::Subjects:
    case Catalogue::Kind::Sources:
        break;
    }
    return {QStringLiteral("name")};
}

Error unknownValue(const QString& file, const QString& table, const QString& id, const QString& column,
                   const QString& value, const QString& known)
{
    return {ErrorCode::InvalidInput,
            QCoreApplication::translate("ropa::store::sqlcipher",
                                        "%1: the %2 entry '%3' has %4 '%5', which this version does not know "
                                        "(it knows %6).")
                .arg(QDir::toNativeSeparators(file), table, id, column, value, known)};
}

} // namespace

QString CatalogueTable::table(Catalogue::Kind kind)
{
    return Catalogue::kindKey(kind); // each table is named by its kind's stable key
}

int CatalogueTable::fieldCount(Catalogue::Kind kind)
{
    return static_cast<int>(columns(kind).size());
}

QString CatalogueTable::selectSql(Catalogue::Kind kind)
{
    return QStringLiteral("SELECT id, %1 FROM %2 ORDER BY position")
        .arg(columns(kind).join(QStringLiteral(", ")), table(kind));
}

QString CatalogueTable::insertSql(Catalogue::Kind kind)
{
    const QStringList fields = columns(kind);
    return QStringLiteral("INSERT INTO %1(id, position, %2) VALUES (?, ?%3)")
        .arg(table(kind), fields.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(fields.size()));
}

QString CatalogueTable::updateSql(Catalogue::Kind kind)
{
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
        .arg(table(kind), columns(kind).join(QStringLiteral(" = ?, ")));
}

void CatalogueTable::bindFields(Statement& s, int first, const CatalogueEntry& entry)
{
    std::visit(Overloaded{
                   [&](const DataCategory& c) {
                       s.bind(first, c.name);
                       s.bind(first + 1, c.description);
                       s.bind(first + 2, specialCategoryKey(c.special));
                   },
                   [&](const SubjectCategory& c) { s.bind(first, c.name); },
                   [&](const Recipient& r) {
                       s.bind(first, r.name);
                       s.bind(first + 1, recipientKindKey(r.kind));
                       s.bind(first + 2, r.country);
                       s.bind(first + 3, r.purpose);
                       s.bind(first + 4, r.contract);
                   },
                   [&](const Source& c) { s.bind(first, c.name); },
                   [&](const RetentionRule& r) {
                       s.bind(first, r.description);
                       s.bind(first + 1, r.period);
                       s.bind(first + 2, r.trigger);
                   },
               },
               entry);
}

Result<CatalogueEntry> CatalogueTable::read(const Statement& row, Catalogue::Kind kind, const QString& file)
{
    const QString id = row.text(0);
    switch (kind) {
    case Catalogue::Kind::DataCategories: {
        const QString key = row.text(3);
        const std::optional<SpecialCategory> special = specialCategoryFromKey(key);
        if (!special) {
            return unknownValue(file, table(kind), id, QStringLiteral("sensitivity"), key, specialCategoryKeyList());
        }
        return CatalogueEntry(DataCategory{id, row.text(1), row.text(2), *special});
    }
    case Catalogue::Kind::Recipients: {
        const QString key = row.text(2);
        const std::optional<RecipientKind> recipientKind = recipientKindFromKey(key);
        if (!recipientKind) {
            return unknownValue(file, table(kind), id, QStringLiteral("role"), key, recipientKindKeyList());
        }
        return CatalogueEntry(Recipient{id, row.text(1), *recipientKind, row.text(3), row.text(4), row.text(5)});
    }
    case Catalogue::Kind::RetentionRules:
        return CatalogueEntry(RetentionRule{id, row.text(1), row.text(2), row.text(3)});
    case Catalogue::Kind::Subjects:
        return CatalogueEntry(SubjectCategory{id, row.text(1)});
    case Catalogue::Kind::Sources:
        break;
    }
    return CatalogueEntry(Source{id, row.text(1)});
}

} // namespace ropa::store::sqlcipher
