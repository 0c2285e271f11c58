// What the compliance checks cost:
//   BM_CheckAllRules/N   every rule of the rule set on an N-activity register, usage maps included
#include "TestSupport.h"
#include "checks/Checker.h"

#include <benchmark/benchmark.h>

using namespace ropa;

static void BM_CheckAllRules(benchmark::State& state)
{
    const Register reg = test::syntheticRegister(static_cast<int>(state.range(0)));
    const checks::Checker::Options options{QDate(2026, 12, 1)};
    for (auto _ : state) {
        benchmark::DoNotOptimize(checks::Checker::run(reg, options));
    }
}
BENCHMARK(BM_CheckAllRules)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
