// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

// The proxies EigenLayer's core is deployed behind, compiled from the npm
// package @openzeppelin/contracts at the version EigenLayer v1.4.2 builds
// against (4.9.0). The core's implementations disable their initializers in
// their constructors, so each one is used through a TransparentUpgradeableProxy
// administered by one ProxyAdmin, as EigenLayer's own deployment scripts do;
// EigenPod implementations sit behind an UpgradeableBeacon. This file only
// pulls them into the build: compile.mjs writes artifacts and bindings for
// exactly these three (its importedArtifacts list), and contracts/eigen
// deploys them.
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
import {UpgradeableBeacon} from "@openzeppelin/contracts/proxy/beacon/UpgradeableBeacon.sol";
