#pragma once

#include <QString>

namespace ropa {

// How consent relied on under Art. 6(1)(a) is asked for, withdrawn and evidenced (Art. 7(1) and 7(3)).
struct ConsentRecord
{
    QString howObtained;
    QString howWithdrawn;
    QString whereKept; // where the records of who consented, when and to what are kept

    bool operator==(const ConsentRecord&) const = default;

    bool isComplete() const
    {
        return !howObtained.trimmed().isEmpty() && !howWithdrawn.trimmed().isEmpty() && !whereKept.trimmed().isEmpty();
    }
};

} // namespace ropa
