#pragma once

// A domain header reaching up into the session layer: the layer check must refuse it.
#include "session/Above.h"
