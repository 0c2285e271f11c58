#pragma once

#include <QString>

namespace ropa {

// A transfer of personal data outside the UK and the safeguard that covers it (Art. 30(1)(e)).
struct Transfer
{
    QString country;
    QString safeguard;

    bool operator==(const Transfer&) const = default;
};

} // namespace ropa
