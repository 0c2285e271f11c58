#pragma once

#include <QJsonObject>
#include <QString>

namespace ropa::store {

// What a change tells the audit log about itself: a stable action code, its arguments and who made it. The store
// adds the time, the sequence number and the hashes; the words a person reads are made from the code later, in
// their own language.
struct AuditRecord
{
    QString action;
    QJsonObject arguments;
    QString actor;

    // The arguments as stored: compact JSON, keys in sorted order, so the same record always hashes the same.
    QString detail() const;
};

} // namespace ropa::store
