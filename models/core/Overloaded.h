#pragma once

namespace ropa {

// Lambdas joined into one visitor for std::visit: std::visit(Overloaded{[](A&) {...}, [](B&) {...}}, variant).
template <typename... F>
struct Overloaded : F...
{
    using F::operator()...;
};
template <typename... F>
Overloaded(F...) -> Overloaded<F...>;

} // namespace ropa
