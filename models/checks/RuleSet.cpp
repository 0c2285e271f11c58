#include "checks/RuleSet.h"

#include <algorithm>

namespace ropa::checks {

QString RuleSet::version()
{
    return QStringLiteral("2026.12");
}

const QList<Rule>& RuleSet::rules()
{
    static const QList<Rule> all;
    return all;
}

const Rule* RuleSet::find(QStringView id)
{
    const QList<Rule>& all = rules();
    const auto it = std::find_if(all.cbegin(), all.cend(), [id](const Rule& r) { return r.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

} // namespace ropa::checks
