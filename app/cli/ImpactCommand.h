#pragma once

namespace pd {

struct CliContext;
struct Connection;

// `connection import FILE --impact`: what importing the file would change for the people the
// existing connection of that name manages (ImpactForecast). Reads the source, sends nothing to
// Zoom, saves nothing.
class ImpactCommand
{
public:
    static void run(CliContext &ctx, const Connection &imported);
};

} // namespace pd
