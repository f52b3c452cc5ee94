import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

// A path whose last segment has no file extension is a client-side route: serve the app shell.
// Runs at the edge on viewer requests of the default behaviour only, never on /api/*.
export const REWRITE_CLIENT_ROUTES = `
function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
`;

/**
 * Single-page-app fallback as a CloudFront Function rather than distribution-wide custom error
 * responses: those would also turn the API's JSON 403/404 errors into a 200 with index.html.
 */
export class SpaFallback extends Construct {
  readonly function: cloudfront.Function;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.function = new cloudfront.Function(this, 'Function', {
      comment: 'Serves /index.html for client-side routes',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(REWRITE_CLIENT_ROUTES),
    });
  }

  /** The association to put on a behaviour's `functionAssociations`. */
  get association(): cloudfront.FunctionAssociation {
    return { function: this.function, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST };
  }
}
