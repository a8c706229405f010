// Scopekeeper core: one visitor from several lambdas, for std::visit over a std::variant.
#pragma once

namespace sk {

template <class... Lambdas> struct Overloaded : Lambdas...
{
    using Lambdas::operator()...;
};
template <class... Lambdas> Overloaded(Lambdas...) -> Overloaded<Lambdas...>;

} // namespace sk
