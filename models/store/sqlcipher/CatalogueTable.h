#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"

#include <QString>

namespace ropa::store::sqlcipher {

class Statement;

// How each catalogue lies in the file: its table and the columns its fields go in, after id and position.
class CatalogueTable
{
public:
    static QString table(Catalogue::Kind kind);
    // SELECT id and the fields of every entry, in display order.
    static QString selectSql(Catalogue::Kind kind);
    // INSERT with parameters id, position, then the fields.
    static QString insertSql(Catalogue::Kind kind);
    // UPDATE of the fields (parameters from 1) of the entry whose id is the last parameter.
    static QString updateSql(Catalogue::Kind kind);
    static int fieldCount(Catalogue::Kind kind);

    // Binds the entry's fields to parameters first, first + 1, ...
    static void bindFields(Statement& statement, int first, const CatalogueEntry& entry);
    // The entry in a row of selectSql(kind); a value this version does not know is an error naming the row.
    static Result<CatalogueEntry> read(const Statement& row, Catalogue::Kind kind, const QString& file);
};

} // namespace ropa::store::sqlcipher
