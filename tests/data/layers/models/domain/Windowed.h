#pragma once

// Model code using Qt Widgets: the layer check must refuse it.
#include <QWidget>
