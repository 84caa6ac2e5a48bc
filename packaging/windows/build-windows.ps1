# Build the FamilyCase installer for Windows on a Windows 10/11 (x64) machine.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1 [-Fresh]
#
# Needs: Python 3.11 (x64, from python.org) on PATH as `python`, and Inno Setup 6
# (ISCC.exe on PATH or in its default folder). Makes, in dist\:
#   pyinstaller\familycase\                       the one-folder bundle
#   FamilyCase-VERSION-windows-x64-setup.exe      the installer (per machine)
#   FamilyCase-VERSION-windows-x64-setup.exe.sha256
#
# Signing (Authenticode; see docs\install.md, "Signing"): set WINDOWS_SIGN_CERT_THUMBPRINT to
# the SHA-1 thumbprint of a code-signing certificate in the certificate store (an EV or
# cloud HSM certificate works the same way through signtool). Then both executables, the
# installer and its uninstaller are signed and timestamped (WINDOWS_TIMESTAMP_URL, default
# DigiCert's RFC 3161 server). signtool.exe comes with the Windows SDK.
param([switch]$Fresh)

$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    # Run a program; stop the build when it fails (PowerShell does not, for programs).
    param([string]$Program, [Parameter(ValueFromRemainingArguments = $true)][string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') exited with $LASTEXITCODE" }
}

$version = (python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
if ($version -notmatch '^(\d+)(\.\d+)?(\.\d+)?') { throw "Unexpected version '$version' in pyproject.toml" }
$numericVersion = $Matches[0]
Write-Host "==> FamilyCase $version for Windows x64"

$venv = "build\venv-windows"
$python = "$venv\Scripts\python.exe"
if ($Fresh -and (Test-Path $venv)) { Remove-Item -Recurse -Force $venv }
if (-not (Test-Path $python)) { Invoke-Checked python -m venv $venv }

Write-Host "==> Build environment: FamilyCase's runtime dependencies and PyInstaller, nothing else"
Invoke-Checked $python -m pip install --quiet --disable-pip-version-check -r packaging\requirements-build.txt
Invoke-Checked $python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps .
Invoke-Checked $python -m pip install --quiet --disable-pip-version-check .
$devTools = & $python -m pip list --format=freeze | Select-String -Pattern '^(pytest|pytest-qt|hypothesis|ruff|pypdf)=='
if ($devTools) { throw "The build environment holds test tools: $devTools" }

Write-Host "==> PyInstaller: packaging\familycase.spec"
if (Test-Path dist\pyinstaller) { Remove-Item -Recurse -Force dist\pyinstaller }
Invoke-Checked "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath dist\pyinstaller --workpath build\pyinstaller packaging\familycase.spec
$bundle = "dist\pyinstaller\familycase"
$printed = (& "$bundle\familycase.exe" --version).Trim()
if ($printed -ne "FamilyCase $version") { throw "familycase.exe --version printed '$printed'" }
if (-not (Test-Path "$bundle\familycasew.exe")) { throw "No familycasew.exe in $bundle" }

Write-Host "==> Smoke test (command line, and the desktop app with Qt's offscreen platform)"
Invoke-Checked $python packaging\smoke_test.py --binary "$bundle\familycase.exe" --bundle $bundle `
    --archive-viewer "$venv\Scripts\pyi-archive_viewer.exe" --gui offscreen

$thumbprint = $env:WINDOWS_SIGN_CERT_THUMBPRINT
$timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$signArgs = @("sign", "/sha1", $thumbprint, "/fd", "SHA256", "/tr", $timestamp, "/td", "SHA256", "/d", "FamilyCase")
if ($thumbprint) {
    Write-Host "==> Signing familycase.exe and familycasew.exe (Authenticode)"
    Invoke-Checked signtool @signArgs "$bundle\familycase.exe" "$bundle\familycasew.exe"
}

Write-Host "==> Inno Setup: packaging\windows\familycase.iss"
$iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
$isccPath = if ($iscc) { $iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $isccPath)) { throw "Inno Setup 6 is not installed (ISCC.exe not found)" }
$isccArgs = @("/Qp", "/DAppVersion=$version", "/DAppNumericVersion=$numericVersion")
if ($thumbprint) {
    # Inno Setup calls signtool for the installer and the uninstaller it embeds ($f = the file).
    $isccArgs += @("/DSign", "/Ssigntool=signtool.exe $($signArgs -join ' ') `$f")
}
Invoke-Checked $isccPath @isccArgs packaging\windows\familycase.iss

$setup = "dist\FamilyCase-$version-windows-x64-setup.exe"
if ($thumbprint) { Invoke-Checked signtool verify /pa /v $setup }
$hash = (Get-FileHash -Algorithm SHA256 $setup).Hash.ToLower()
"$hash  $(Split-Path $setup -Leaf)" | Out-File -Encoding ascii "$setup.sha256"
Write-Host "==> Done: $setup ($([math]::Round((Get-Item $setup).Length / 1MB)) MB), SHA-256 $hash"
