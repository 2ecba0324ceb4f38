# Builds the Windows release of CRM Desktop: the one-folder bundle and the per-user installer.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11 or 3.12 (python.org, "py" launcher) and Inno Setup 6 (jrsoftware.org).
# $env:PYTHON names another interpreter to make the virtual environment with (CI: "python").
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) {
  if ($env:PYTHON) { & $env:PYTHON -m venv .venv } else { py -3.11 -m venv .venv }
  if ($LASTEXITCODE -ne 0) { throw "could not make the virtual environment" }
}
.venv\Scripts\python -m pip install --upgrade pip
.venv\Scripts\python -m pip install -c constraints.txt -e ".[test]" --group dev
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
$version = .venv\Scripts\python -c "from importlib.metadata import version; print(version('crm-desktop'))"

.venv\Scripts\python scripts\i18n.py --check
if ($LASTEXITCODE -ne 0) { throw "translations are not current: run scripts\i18n.py" }
.venv\Scripts\python packaging\make_icons.py build\icons
.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\crm-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The console twin of the program prints to this terminal; the windowed one cannot.
$env:QT_QPA_PLATFORM = "offscreen"
$got = dist\crm-desktop\crm-desktop-cli.exe --version
if ($got -ne "crm-desktop $version") { throw "unexpected --version output: $got" }
$got
dist\crm-desktop\crm-desktop-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }
Remove-Item Env:QT_QPA_PLATFORM

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\crm-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-Item "dist\crm-desktop-$version-windows-x64-setup.exe"
