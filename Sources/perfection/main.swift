import PerfectionCLI

PerfectionMain.main()
