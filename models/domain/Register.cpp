#include "domain/Register.h"

namespace ropa {

bool Register::isEmpty() const
{
    return activities.isEmpty() && dataCategories.isEmpty() && subjectCategories.isEmpty() && recipients.isEmpty() &&
        sources.isEmpty() && retentionRules.isEmpty();
}

qsizetype Register::indexOfActivity(const QString& id) const
{
    for (qsizetype i = 0; i < activities.size(); ++i) {
        if (activities.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace ropa
