#pragma once

#include "domain/Register.h"

#include <QDate>

namespace ropa::test {

// The day the well-kept register is checked on: every review in it is recent relative to it.
inline QDate wellKeptToday()
{
    return QDate(2026, 12, 1);
}

// A small physiotherapy clinic whose register meets every rule of the checks: health data under Art. 9(2)(h) with
// its Schedule 1 condition, consent marketing with a full consent record, legitimate interests with complete
// assessments, a US processor under the IDTA with an Art. 28 contract, retention everywhere, a DPIA done where the
// screening calls for one, and recent reviews.
Register wellKeptRegister();

} // namespace ropa::test
