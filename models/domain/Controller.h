#pragma once

#include <QString>

namespace ropa {

// The organisation that keeps the register (Art. 30(1)(a)).
struct Controller
{
    QString name;
    QString address;
    QString email;
    QString phone;
    QString dpo; // DPO or privacy contact
    QString representative;
    QString icoRegistration;

    bool operator==(const Controller&) const = default;
};

} // namespace ropa
