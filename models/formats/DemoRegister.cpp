#include "formats/DemoRegister.h"

#include "formats/RegisterJsonReader.h"

namespace ropa::formats {

Result<Register> DemoRegister::load()
{
    return RegisterJsonReader::readFile(QString::fromLatin1(kResourcePath));
}

} // namespace ropa::formats
