#include "io/DemoRegister.h"

#include "io/RegisterJsonReader.h"

namespace ropa::io {

Result<Register> DemoRegister::load()
{
    return RegisterJsonReader::readFile(QString::fromLatin1(kResourcePath));
}

} // namespace ropa::io
