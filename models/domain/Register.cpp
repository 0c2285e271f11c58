#include "domain/Register.h"

namespace ropa {

bool Register::isEmpty() const
{
    return activities.isEmpty() && dataCategories.isEmpty() && subjectCategories.isEmpty() && recipients.isEmpty() &&
        sources.isEmpty() && retentionRules.isEmpty();
}

} // namespace ropa
