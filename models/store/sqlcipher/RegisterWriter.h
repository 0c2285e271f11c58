#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "domain/RegisterChange.h"
#include "store/sqlcipher/Statement.h"

#include <QString>
#include <array>
#include <optional>

namespace ropa::store::sqlcipher {

class Database;

// Writes a register, or changes to one, into an open file, inside a transaction the caller holds. Each change
// touches the rows of the one entry it names. Rows keep their display order in a position column with gaps
// between neighbours, so that putting an entry between two others writes that entry alone.
class RegisterWriter
{
public:
    // The distance between neighbouring positions when a table is numbered afresh.
    static constexpr qint64 kPositionGap = 1024;

    explicit RegisterWriter(Database& db);

    // Empties the register's tables and writes reg into them.
    Status writeAll(const Register& reg);
    Status apply(const RegisterChange& change);

private:
    Status insertActivity(const Activity& activity, qsizetype index);
    Status updateActivity(const Activity& activity);
    Status removeActivity(const QString& id);
    Status moveActivity(const QString& id, qsizetype index);
    Status insertEntry(const CatalogueEntry& entry, qsizetype index);
    Status updateEntry(const CatalogueEntry& entry);
    Status removeEntry(Catalogue::Kind kind, const QString& id);
    Status updateOrganisation(const Controller& controller, const std::optional<QDate>& lastReviewed,
                              const QString& reviewedBy, const QList<PecrUse>& pecrDeclared);

    // Writes the bases, links and transfers of an activity whose details are not in the file.
    Status writeDetails(const Activity& activity);
    Status deleteDetails(const QString& activityId);
    // The position that sorts a row at index among the table's other rows (all but movingId).
    Result<qint64> positionFor(const QString& table, qsizetype index, const QString& movingId);
    Status renumber(const QString& table);
    // After an UPDATE or DELETE by id: an error when no row had that id.
    Status expectRow(const QString& table, const QString& id) const;

    Database& m_db;
    // The detail inserts, prepared once for all the activities a writer writes.
    std::optional<Statement> m_basisInsert;
    std::optional<Statement> m_transferInsert;
    std::array<std::optional<Statement>, 4> m_linkInserts;
};

} // namespace ropa::store::sqlcipher
