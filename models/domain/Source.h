#pragma once

#include <QString>

namespace ropa {

// Where personal data comes from, such as the data subject or a supplier referral.
struct Source
{
    QString id;
    QString name;

    bool operator==(const Source&) const = default;
};

} // namespace ropa
