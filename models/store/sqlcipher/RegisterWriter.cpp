#include "store/sqlcipher/RegisterWriter.h"

#include "core/Overloaded.h"
#include "store/sqlcipher/ActivityTable.h"
#include "store/sqlcipher/CatalogueTable.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/MetaKeys.h"

#include <QCoreApplication>
#include <QDir>

namespace ropa::store::sqlcipher {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::sqlcipher)
};

std::optional<QString> textFrom(const std::optional<QDate>& date)
{
    return date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt;
}

// Prepares sql into slot unless it is there already.
Status prepareOnce(Database& db, std::optional<Statement>& slot, const QString& sql)
{
    if (slot) {
        return {};
    }
    Result<Statement> statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    slot.emplace(std::move(statement.value()));
    return {};
}

} // namespace

RegisterWriter::RegisterWriter(Database& db)
    : m_db(db)
{ }

Status RegisterWriter::writeAll(const Register& reg)
{
    // Children first, then the catalogues they point at.
    QString clear;
    for (const char* table : ActivityTable::kDetailTables) {
        clear += QStringLiteral("DELETE FROM %1;").arg(QLatin1StringView(table));
    }
    clear += QStringLiteral("DELETE FROM activity;");
    for (const Catalogue::Kind kind : Catalogue::kinds()) {
        clear += QStringLiteral("DELETE FROM %1;").arg(CatalogueTable::table(kind));
    }
    if (Status status = m_db.exec(clear); !status) {
        return status;
    }
    if (Status status = updateOrganisation(reg.controller, reg.lastReviewed, reg.reviewedBy, reg.pecrDeclared);
        !status) {
        return status;
    }
    for (const Catalogue::Kind kind : Catalogue::kinds()) {
        Result<Statement> insert = m_db.prepare(CatalogueTable::insertSql(kind));
        if (!insert) {
            return insert.error();
        }
        for (qsizetype row = 0; row < Catalogue::count(reg, kind); ++row) {
            const CatalogueEntry entry = Catalogue::entry(reg, kind, row);
            insert->bind(1, Catalogue::idOf(entry));
            insert->bind(2, (row + 1) * kPositionGap);
            CatalogueTable::bindFields(insert.value(), 3, entry);
            if (Status status = insert->run(); !status) {
                return status;
            }
        }
    }
    Result<Statement> insert = m_db.prepare(ActivityTable::insertSql());
    if (!insert) {
        return insert.error();
    }
    for (qsizetype row = 0; row < reg.activities.size(); ++row) {
        const Activity& a = reg.activities.at(row);
        insert->bind(1, a.id);
        insert->bind(2, (row + 1) * kPositionGap);
        ActivityTable::bindFields(insert.value(), 3, a);
        if (Status status = insert->run(); !status) {
            return status;
        }
        if (Status status = writeDetails(a); !status) {
            return status;
        }
    }
    return {};
}

Status RegisterWriter::apply(const RegisterChange& change)
{
    using C = RegisterChange;
    return std::visit(Overloaded{
                          [this](const C::InsertActivity& c) { return insertActivity(c.activity, c.index); },
                          [this](const C::UpdateActivity& c) { return updateActivity(c.activity); },
                          [this](const C::RemoveActivity& c) { return removeActivity(c.id); },
                          [this](const C::MoveActivity& c) { return moveActivity(c.id, c.index); },
                          [this](const C::InsertEntry& c) { return insertEntry(c.entry, c.index); },
                          [this](const C::UpdateEntry& c) { return updateEntry(c.entry); },
                          [this](const C::RemoveEntry& c) { return removeEntry(c.kind, c.id); },
                          [this](const C::UpdateOrganisation& c) {
                              return updateOrganisation(c.controller, c.lastReviewed, c.reviewedBy, c.pecrDeclared);
                          },
                      },
                      change.variant());
}

Status RegisterWriter::insertActivity(const Activity& activity, qsizetype index)
{
    const Result<qint64> position = positionFor(QStringLiteral("activity"), index, QString());
    if (!position) {
        return position.error();
    }
    Result<Statement> insert = m_db.prepare(ActivityTable::insertSql());
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, activity.id);
    insert->bind(2, position.value());
    ActivityTable::bindFields(insert.value(), 3, activity);
    if (Status status = insert->run(); !status) {
        return status;
    }
    return writeDetails(activity);
}

Status RegisterWriter::updateActivity(const Activity& activity)
{
    Result<Statement> update = m_db.prepare(ActivityTable::updateSql());
    if (!update) {
        return update.error();
    }
    ActivityTable::bindFields(update.value(), 1, activity);
    update->bind(ActivityTable::kFieldCount + 1, activity.id);
    if (Status status = update->run(); !status) {
        return status;
    }
    if (Status status = expectRow(QStringLiteral("activity"), activity.id); !status) {
        return status;
    }
    if (Status status = deleteDetails(activity.id); !status) {
        return status;
    }
    return writeDetails(activity);
}

Status RegisterWriter::removeActivity(const QString& id)
{
    Result<Statement> remove = m_db.prepare(QStringLiteral("DELETE FROM activity WHERE id = ?"));
    if (!remove) {
        return remove.error();
    }
    remove->bind(1, id); // its details go with it (ON DELETE CASCADE)
    if (Status status = remove->run(); !status) {
        return status;
    }
    return expectRow(QStringLiteral("activity"), id);
}

Status RegisterWriter::moveActivity(const QString& id, qsizetype index)
{
    const QString table = QStringLiteral("activity");
    const Result<qint64> position = positionFor(table, index, id);
    if (!position) {
        return position.error();
    }
    Result<Statement> move = m_db.prepare(QStringLiteral("UPDATE activity SET position = ? WHERE id = ?"));
    if (!move) {
        return move.error();
    }
    move->bind(1, position.value());
    move->bind(2, id);
    if (Status status = move->run(); !status) {
        return status;
    }
    return expectRow(table, id);
}

Status RegisterWriter::insertEntry(const CatalogueEntry& entry, qsizetype index)
{
    const Catalogue::Kind kind = Catalogue::kindOf(entry);
    const Result<qint64> position = positionFor(CatalogueTable::table(kind), index, QString());
    if (!position) {
        return position.error();
    }
    Result<Statement> insert = m_db.prepare(CatalogueTable::insertSql(kind));
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, Catalogue::idOf(entry));
    insert->bind(2, position.value());
    CatalogueTable::bindFields(insert.value(), 3, entry);
    return insert->run();
}

Status RegisterWriter::updateEntry(const CatalogueEntry& entry)
{
    const Catalogue::Kind kind = Catalogue::kindOf(entry);
    Result<Statement> update = m_db.prepare(CatalogueTable::updateSql(kind));
    if (!update) {
        return update.error();
    }
    CatalogueTable::bindFields(update.value(), 1, entry);
    update->bind(CatalogueTable::fieldCount(kind) + 1, Catalogue::idOf(entry));
    if (Status status = update->run(); !status) {
        return status;
    }
    return expectRow(CatalogueTable::table(kind), Catalogue::idOf(entry));
}

Status RegisterWriter::removeEntry(Catalogue::Kind kind, const QString& id)
{
    // An activity that still names the entry keeps it: the foreign keys refuse the deletion.
    Result<Statement> remove =
        m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(CatalogueTable::table(kind)));
    if (!remove) {
        return remove.error();
    }
    remove->bind(1, id);
    if (Status status = remove->run(); !status) {
        return status;
    }
    return expectRow(CatalogueTable::table(kind), id);
}

Status RegisterWriter::updateOrganisation(const Controller& controller, const std::optional<QDate>& lastReviewed,
                                          const QString& reviewedBy, const QList<PecrUse>& pecrDeclared)
{
    Result<Statement> put = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    if (!put) {
        return put.error();
    }
    for (const auto& [key, member] : MetaKeys::kController) {
        put->bind(1, QString::fromLatin1(key));
        put->bind(2, controller.*member);
        if (Status status = put->run(); !status) {
            return status;
        }
    }
    QStringList pecr;
    for (const PecrUse use : pecrDeclared) {
        pecr << pecrUseKey(use);
    }
    for (const auto& [key, value] : {std::pair{MetaKeys::kReviewedBy, reviewedBy},
                                     std::pair{MetaKeys::kPecrDeclared, pecr.join(QLatin1Char(','))}}) {
        put->bind(1, QString::fromLatin1(key));
        put->bind(2, value);
        if (Status status = put->run(); !status) {
            return status;
        }
    }
    if (lastReviewed) {
        put->bind(1, QString::fromLatin1(MetaKeys::kLastReviewed));
        put->bind(2, *textFrom(lastReviewed));
        return put->run();
    }
    return m_db.exec(
        QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(QLatin1StringView(MetaKeys::kLastReviewed)));
}

Status RegisterWriter::writeDetails(const Activity& a)
{
    Status status = prepareOnce(m_db, m_basisInsert,
                                QStringLiteral("INSERT INTO activity_basis(activity_id, position, basis, interest, "
                                               "balancing_test_date, purpose_test, necessity_test, balancing_test, "
                                               "outcome, reviewer, reference, law, how_obtained, how_withdrawn, "
                                               "where_kept) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (status) {
        status = prepareOnce(m_db, m_transferInsert,
                             QStringLiteral("INSERT INTO activity_transfer(activity_id, position, country, "
                                            "safeguard) VALUES (?, ?, ?, ?)"));
    }
    for (std::size_t i = 0; status && i < ActivityTable::kLinks.size(); ++i) {
        status = prepareOnce(m_db, m_linkInserts.at(i),
                             QStringLiteral("INSERT INTO %1(activity_id, ref_id, position) VALUES (?, ?, ?)")
                                 .arg(QLatin1StringView(ActivityTable::kLinks.at(i).first)));
    }
    qint64 position = 0;
    for (const LawfulBasis& b : a.bases) {
        if (!status) {
            return status;
        }
        m_basisInsert->bind(1, a.id);
        m_basisInsert->bind(2, ++position);
        m_basisInsert->bind(3, basisKey(b.basis));
        m_basisInsert->bind(4, b.interest);
        m_basisInsert->bind(5, textFrom(b.assessment.date));
        m_basisInsert->bind(6, b.assessment.purposeTest);
        m_basisInsert->bind(7, b.assessment.necessityTest);
        m_basisInsert->bind(8, b.assessment.balancingTest);
        m_basisInsert->bind(9, assessmentOutcomeKey(b.assessment.outcome));
        m_basisInsert->bind(10, b.assessment.reviewer);
        m_basisInsert->bind(11, b.assessment.reference);
        m_basisInsert->bind(12, b.law);
        m_basisInsert->bind(13, b.consent.howObtained);
        m_basisInsert->bind(14, b.consent.howWithdrawn);
        m_basisInsert->bind(15, b.consent.whereKept);
        status = m_basisInsert->run();
    }
    for (std::size_t i = 0; i < ActivityTable::kLinks.size(); ++i) {
        position = 0;
        Statement& insert = *m_linkInserts.at(i);
        for (const QString& ref : a.*(ActivityTable::kLinks.at(i).second)) {
            if (!status) {
                return status;
            }
            insert.bind(1, a.id);
            insert.bind(2, ref);
            insert.bind(3, ++position);
            status = insert.run();
        }
    }
    position = 0;
    for (const Transfer& t : a.transfers) {
        if (!status) {
            return status;
        }
        m_transferInsert->bind(1, a.id);
        m_transferInsert->bind(2, ++position);
        m_transferInsert->bind(3, t.country);
        m_transferInsert->bind(4, t.safeguard);
        status = m_transferInsert->run();
    }
    return status;
}

Status RegisterWriter::deleteDetails(const QString& activityId)
{
    for (const char* table : ActivityTable::kDetailTables) {
        Result<Statement> remove =
            m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE activity_id = ?").arg(QLatin1StringView(table)));
        if (!remove) {
            return remove.error();
        }
        remove->bind(1, activityId);
        if (Status status = remove->run(); !status) {
            return status;
        }
    }
    return {};
}

Result<qint64> RegisterWriter::positionFor(const QString& table, qsizetype index, const QString& movingId)
{
    // The neighbours the row will sit between: the rows at index - 1 and index once the moving row is left out.
    Result<Statement> query = m_db.prepare(
        QStringLiteral("SELECT position FROM %1 WHERE id <> ? ORDER BY position LIMIT 2 OFFSET ?").arg(table));
    if (!query) {
        return query.error();
    }
    query->bind(1, movingId);
    query->bind(2, qint64{qMax<qsizetype>(index - 1, 0)});
    QList<qint64> found;
    if (Status status =
            Database::forEachRow(query.value(), [&found](const Statement& row) { found.append(row.integer(0)); });
        !status) {
        return status.error();
    }
    std::optional<qint64> before;
    std::optional<qint64> after;
    if (index == 0) {
        after = found.isEmpty() ? std::nullopt : std::optional<qint64>(found.first());
    } else if (found.isEmpty() || index < 0) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1: there is no place %2 in %3.")
                         .arg(QDir::toNativeSeparators(m_db.path()))
                         .arg(index + 1)
                         .arg(table)};
    } else {
        before = found.first();
        after = found.size() > 1 ? std::optional<qint64>(found.at(1)) : std::nullopt;
    }
    const qint64 low = before.value_or(0);
    const qint64 high = after.value_or(low + 2 * kPositionGap);
    if (high - low >= 2) {
        return low + (high - low) / 2;
    }
    // No room left between the neighbours: number the table afresh, which opens a gap everywhere.
    if (Status status = renumber(table); !status) {
        return status.error();
    }
    return positionFor(table, index, movingId);
}

Status RegisterWriter::renumber(const QString& table)
{
    QStringList ids;
    if (Status status = m_db.forEachRow(QStringLiteral("SELECT id FROM %1 ORDER BY position").arg(table),
                                        [&ids](const Statement& row) { ids.append(row.text(0)); });
        !status) {
        return status;
    }
    Result<Statement> update = m_db.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
    if (!update) {
        return update.error();
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        update->bind(1, (i + 1) * kPositionGap);
        update->bind(2, ids.at(i));
        if (Status status = update->run(); !status) {
            return status;
        }
    }
    return {};
}

Status RegisterWriter::expectRow(const QString& table, const QString& id) const
{
    if (m_db.changes() > 0) {
        return {};
    }
    return Error{ErrorCode::Conflict,
                 Text::tr("%1 holds no %2 with the id '%3'; it may have been deleted meanwhile.")
                     .arg(QDir::toNativeSeparators(m_db.path()), table, id)};
}

} // namespace ropa::store::sqlcipher
