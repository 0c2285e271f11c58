#pragma once

// May use the domain: the layer check lets this through.
#include "domain/Windowed.h"
