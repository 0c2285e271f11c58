#pragma once

#include "core/Result.h"
#include "domain/RegisterDiff.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ropa::report {

// The differences between two versions of a register as a document for the DPO's file: its title, the register's
// name, the two versions compared (each with its review date and reviewer), and one table of item, field, before
// and after for the organisation, the activities and the catalogue entries.
class DiffDocument
{
public:
    struct Header
    {
        QString registerName; // the organisation's name
        QString from; // "version 12 (reviewed on 2026-01-31 by Dana Price)"
        QString to;
    };

    static QByteArray html(const RegisterDiff& diff, const Header& header);
    static Result<QByteArray> pdf(const RegisterDiff& diff, const Header& header);
};

} // namespace ropa::report
