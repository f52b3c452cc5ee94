import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { layerPackages, powertoolsLayerDirectory } from '../powertools-layer-contents.ts';

/**
 * A Lambda layer holding Powertools for AWS Lambda (TypeScript) — Logger and Metrics with their
 * dependencies — copied from the repository's installed node_modules at synth time. Nothing is
 * downloaded at deploy or run time, and no public layer ARN is used (there is none in the China
 * regions). One per stack, shared by every function ({@link PowertoolsLayer.of}); the functions' bundles
 * leave these packages out (`BUNDLE_EXTERNALS`).
 */
export class PowertoolsLayer extends Construct {
  readonly layer: lambda.LayerVersion;

  /** The stack's one Powertools layer, created on first use. */
  static of(scope: Construct): lambda.ILayerVersion {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild('PowertoolsLayer');
    return ((existing as PowertoolsLayer | undefined) ?? new PowertoolsLayer(stack, 'PowertoolsLayer')).layer;
  }

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const packages = [...layerPackages()].map(([name, version]) => `${name}@${version}`);
    this.layer = new lambda.LayerVersion(this, 'Layer', {
      code: lambda.Code.fromAsset(powertoolsLayerDirectory()),
      compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
      compatibleArchitectures: [lambda.Architecture.ARM_64],
      license: 'MIT-0',
      description:
        `Powertools for AWS Lambda (TypeScript), from package-lock.json: ${packages.join(', ')}`.slice(
          0,
          256,
        ),
    });
  }
}
