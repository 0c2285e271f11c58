#pragma once

#include "core/SecureBytes.h"

class QLineEdit;

namespace ropa::ui {

// Takes passphrases out of password fields into guarded memory, emptying the field, so that the only lasting copy
// is one that is wiped. What Qt keeps cannot be reached from here: the field's own text buffer and its undo
// history are freed (not wiped) when the field is emptied, and key events and input-method buffers that carried
// the characters are Qt's alone. The field is emptied with setText(), which also drops that undo history.
class SecretText
{
public:
    // The field's text as UTF-8 in guarded memory; the field is empty afterwards. Null if no guarded memory could
    // be had (the field is emptied all the same).
    static SecureBytes take(QLineEdit* edit);
    // Empties the field and its undo history.
    static void clear(QLineEdit* edit);
};

} // namespace ropa::ui
