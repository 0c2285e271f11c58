#pragma once

#include <QString>

namespace ropa {

// A category of data subjects, such as customers or job applicants.
struct SubjectCategory
{
    QString id;
    QString name;

    bool operator==(const SubjectCategory&) const = default;
};

} // namespace ropa
